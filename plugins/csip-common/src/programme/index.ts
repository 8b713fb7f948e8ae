export { diffMembers, checkMembershipChange } from './checkMembershipChange';
export type {
  MembershipDiff,
  MembershipProblem,
} from './checkMembershipChange';
export { membershipChangeSchema } from './membershipChangeSchema';
export type { MembershipChange } from './membershipChangeSchema';
export {
  entityRefSchema,
  PROGRAMME_PHASES,
  programmePhaseSchema,
  programmeRoleSchema,
  programmeDriverSchema,
  businessDriverSchema,
  programmeMemberSchema,
  programmeCreateSchema,
  programmeSchema,
  programmeListQuerySchema,
  programmeSummarySchema,
  programmePageSchema,
  healthSchema,
  programmeUpdateSchema,
} from './programmeSchema';
export type {
  ProgrammePhase,
  ProgrammeRole,
  ProgrammeMember,
  ProgrammeCreate,
  Programme,
  ProgrammeListQuery,
  ProgrammeSummary,
  ProgrammePage,
  Health,
  ProgrammeUpdate,
} from './programmeSchema';
export { withCreatorAsLead } from './withCreatorAsLead';
