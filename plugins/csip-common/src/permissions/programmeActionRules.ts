import type {
  ProgrammeMember,
  ProgrammeRole,
} from '../programme/programmeSchema';
import {
  csipActionManagePermission,
  csipApproachDecidePermission,
  csipHandoverManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipProgrammeCreatePermission,
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
  permission:
    | typeof csipProgrammeCreatePermission
    | typeof csipProgrammeUpdatePermission;
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
    roles: 'anyone',
    policyReason:
      'Your portal’s permission policy does not allow you to change this programme or move it between phases',
  },
  decideApproach: {
    permission: csipApproachDecidePermission,
    roles: 'anyone',
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
