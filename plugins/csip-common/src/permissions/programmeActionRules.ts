import type {
  ProgrammeMember,
  ProgrammeRole,
} from '../programme/programmeSchema';
import type {
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  csipActionManagePermission,
  csipApproachDecidePermission,
  csipCoachingWritePermission,
  csipHandoverManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipProgrammeCreatePermission,
  csipProgrammeImportPermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  csipReviewWritePermission,
  csipScopeAgreePermission,
  csipScopePublishPermission,
} from './permissions';

/**
 * One kind of action: the product's role rule (who may take it, and why
 * not) and the permission checked after it, where a portal policy can
 * restrict it further.
 *
 * @public
 */
export type ProgrammeActionRule = {
  permission: BasicPermission | ResourcePermission<'csip-programme'>;
  /** The programme roles that may act; `anyone` when only the policy decides. */
  roles: readonly ProgrammeRole[] | 'anyone';
  /** Why not, when the user holds none of `roles`. */
  roleReason?: string;
  /** Why not, when the portal's permission policy says no. */
  policyReason: string;
};

/**
 * Who may do what in a programme: the one table the backend enforces and
 * the UI uses to disable actions with the reason.
 *
 * @public
 */
export const PROGRAMME_ACTION_RULES = {
  createProgramme: {
    permission: csipProgrammeCreatePermission,
    roles: 'anyone',
    policyReason:
      'Your portal’s permission policy does not allow you to create programmes',
  },
  updateProgramme: {
    permission: csipProgrammeUpdatePermission,
    roles: ['lead', 'coach'],
    roleReason:
      'Only the programme’s leads and coaches change its title, vision, drivers and owner',
    policyReason:
      'Your portal’s permission policy does not allow you to change this programme',
  },
  manageMembers: {
    permission: csipProgrammeUpdatePermission,
    roles: ['lead', 'coach'],
    roleReason:
      'Only the programme’s leads and coaches add or remove members and change roles',
    policyReason:
      'Your portal’s permission policy does not allow you to change this programme’s members',
  },
  movePhase: {
    permission: csipProgrammeUpdatePermission,
    roles: ['lead', 'coach'],
    roleReason: 'Only the programme’s leads and coaches move it between phases',
    policyReason:
      'Your portal’s permission policy does not allow you to move this programme between phases',
  },
  decideApproach: {
    permission: csipApproachDecidePermission,
    roles: ['lead', 'sponsor'],
    roleReason:
      'Only the programme’s leads and sponsors record the approach decision',
    policyReason:
      'Your portal’s permission policy does not allow you to record the approach decision',
  },
  publishScope: {
    permission: csipScopePublishPermission,
    roles: ['lead', 'coach'],
    roleReason: 'Only the programme’s leads and coaches publish scope versions',
    policyReason:
      'Your portal’s permission policy does not allow you to publish scope versions',
  },
  agreeScope: {
    permission: csipScopeAgreePermission,
    roles: ['sponsor'],
    roleReason:
      'Only the programme’s sponsors and the listed approvers agree its scope',
    policyReason:
      'Your portal’s permission policy does not allow you to agree or decline the scope',
  },
  writeReview: {
    permission: csipReviewWritePermission,
    roles: ['coach'],
    roleReason: 'Only the programme’s coaches record reviews',
    policyReason:
      'Your portal’s permission policy does not allow you to write, publish or amend reviews',
  },
  writeTeamReview: {
    permission: csipReviewWritePermission,
    roles: ['coach', 'lead'],
    roleReason:
      'Only the programme’s coaches and leads record team-led reviews',
    policyReason:
      'Your portal’s permission policy does not allow you to write, publish or amend reviews',
  },
  manageActions: {
    permission: csipActionManagePermission,
    roles: ['sponsor', 'coach', 'lead', 'member'],
    roleReason: 'Only the programme’s members add and update its actions',
    policyReason:
      'Your portal’s permission policy does not allow you to add or update actions',
  },
  updateHandoverItem: {
    permission: csipHandoverUpdatePermission,
    roles: ['sponsor', 'coach', 'lead', 'member'],
    roleReason: 'Only the programme’s members update its handover items',
    policyReason:
      'Your portal’s permission policy does not allow you to update handover items',
  },
  verifyHandoverItem: {
    permission: csipHandoverVerifyPermission,
    roles: ['coach'],
    roleReason: 'Only the programme’s coaches verify handover items',
    policyReason:
      'Your portal’s permission policy does not allow you to verify handover items',
  },
  manageHandover: {
    permission: csipHandoverManagePermission,
    roles: ['lead', 'coach'],
    roleReason:
      'Only the programme’s leads and coaches keep the skills matrix and add handover items',
    policyReason:
      'Your portal’s permission policy does not allow you to keep the skills matrix or add handover items',
  },
  recordMoment: {
    permission: csipCoachingWritePermission,
    roles: ['coach', 'lead'],
    roleReason:
      'Only the programme’s coaches and leads record coaching moments',
    policyReason:
      'Your portal’s permission policy does not allow you to record coaching moments',
  },
  recordFollowUpOutcome: {
    permission: csipCoachingWritePermission,
    roles: ['sponsor', 'coach', 'lead', 'member'],
    roleReason: 'Only the programme’s members record how a commitment went',
    policyReason:
      'Your portal’s permission policy does not allow you to record follow-up outcomes',
  },
  respondToAdvice: {
    permission: csipCoachingWritePermission,
    roles: ['lead', 'member'],
    roleReason:
      'Only the programme’s team (its leads and members) responds to the coach’s advice',
    policyReason:
      'Your portal’s permission policy does not allow you to respond to advice',
  },
  commentOnReview: {
    permission: csipCoachingWritePermission,
    roles: ['coach', 'lead'],
    roleReason: 'Only the programme’s coaches and leads comment on reviews',
    policyReason:
      'Your portal’s permission policy does not allow you to comment on reviews',
  },
  openFeedbackRound: {
    permission: csipCoachingWritePermission,
    roles: ['coach', 'lead'],
    roleReason:
      'Only the programme’s coaches and leads open partnership feedback rounds',
    policyReason:
      'Your portal’s permission policy does not allow you to open feedback rounds',
  },
  respondToFeedback: {
    permission: csipProgrammeReadPermission,
    roles: 'anyone',
    policyReason:
      'Your portal’s permission policy does not allow you to answer feedback rounds of this programme',
  },
  actOnFeedback: {
    permission: csipActionManagePermission,
    roles: ['coach', 'lead'],
    roleReason:
      'Only the programme’s coaches and leads turn feedback into actions',
    policyReason:
      'Your portal’s permission policy does not allow you to add actions',
  },
  recordKpiReading: {
    permission: csipProgrammeUpdatePermission,
    roles: ['sponsor', 'lead', 'coach'],
    roleReason:
      'Only the programme’s sponsors, leads and coaches record KPI readings',
    policyReason:
      'Your portal’s permission policy does not allow you to record KPI readings',
  },
  closeProgramme: {
    permission: csipProgrammeUpdatePermission,
    roles: ['sponsor', 'lead'],
    roleReason: 'Only the programme’s sponsors and leads close it',
    policyReason:
      'Your portal’s permission policy does not allow you to close this programme',
  },
  selfAssess: {
    permission: csipCoachingWritePermission,
    roles: ['lead', 'member', 'sponsor'],
    roleReason:
      'Only the programme’s leads, members and sponsors self-assess; coaches rate in the review',
    policyReason:
      'Your portal’s permission policy does not allow you to self-assess',
  },
  importProgramme: {
    permission: csipProgrammeImportPermission,
    roles: 'anyone',
    policyReason:
      'Your portal’s permission policy does not allow you to import programmes',
  },
} as const satisfies Record<string, ProgrammeActionRule>;

/** @public */
export type ProgrammeAction = keyof typeof PROGRAMME_ACTION_RULES;

/**
 * Whether one of `userRefs` holds one of `roles` among the members
 * (entity refs compared case-insensitively).
 *
 * @public
 */
export function holdsAnyRole(
  members: ReadonlyArray<Pick<ProgrammeMember, 'userRef' | 'role'>>,
  userRefs: readonly string[],
  roles: readonly string[],
): boolean {
  const refs = new Set(userRefs.map(r => r.toLocaleLowerCase('en-US')));
  return members.some(
    m =>
      roles.includes(m.role) && refs.has(m.userRef.toLocaleLowerCase('en-US')),
  );
}

/**
 * The product's role rule for an action: whether `userRef` may take it in
 * a programme with these members.
 *
 * @public
 */
export function passesRoleRule(
  action: ProgrammeAction,
  members: ReadonlyArray<Pick<ProgrammeMember, 'userRef' | 'role'>>,
  userRef: string,
): boolean {
  const rule: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
  return (
    rule.roles === 'anyone' || holdsAnyRole(members, [userRef], rule.roles)
  );
}

/**
 * The action that recording, publishing or amending a review takes: a
 * team-led review may also be written by the programme's leads (the team
 * runs its own reviews once the coach fades out); any other only by coaches.
 *
 * @public
 */
export function reviewAction(
  ledBy: 'coach' | 'co-led' | 'team',
): 'writeReview' | 'writeTeamReview' {
  return ledBy === 'team' ? 'writeTeamReview' : 'writeReview';
}
