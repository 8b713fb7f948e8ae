export {
  capabilityLevelSchema,
  scopeProcessSchema,
  scopeVersionCreateSchema,
  scopeVersionSchema,
  agreementCreateSchema,
  agreementSchema,
  scopeStatusSchema,
  scopeChangeSchema,
  approverStatusSchema,
  scopeViewSchema,
  awaitingAgreementSchema,
} from './scopeSchema';
export type {
  ScopeProcess,
  ScopeVersionCreate,
  ScopeVersion,
  AgreementCreate,
  Agreement,
  ScopeStatus,
  ScopeChange,
  ApproverStatus,
  ScopeView,
  AwaitingAgreement,
} from './scopeSchema';
export {
  requiredApprovers,
  approverStatuses,
  scopeStatus,
} from './scopeAgreement';
export { diffScope } from './diffScope';
export type { ComparableScope } from './diffScope';
export { BUILT_IN_PROCESSES } from './builtInProcesses';
