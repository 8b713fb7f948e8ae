import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
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
  type ProgrammeMember,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * What the product's own rules and the portal's permission policy say about
 * one kind of action: the permission the backend checks after its role
 * rule, who may take the action by that rule, and why not, in words.
 */
type ProgrammeActionRule = {
  permission:
    | typeof csipProgrammeCreatePermission
    | typeof csipProgrammeUpdatePermission;
  /**
   * The programme roles that may take the action by the product's rules;
   * `anyone` when only the portal's permission policy decides.
   */
  roles: readonly ProgrammeRole[] | 'anyone';
  /** Why not, when the signed-in user holds none of `roles`. */
  roleReason?: string;
  /** Why not, when the portal's permission policy says no. */
  policyReason: string;
};

/**
 * Every action of CSIP Coach that the UI hides or disables, with the role
 * rule the backend applies first and the permission it checks after it
 * (a 403 `Not allowed: <name>` when the policy says no). The one place the
 * UI keeps these rules; `docs/permissions.md` describes them.
 */
const PROGRAMME_ACTION_RULES = {
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
} satisfies Record<string, ProgrammeActionRule>;

/**
 * An action of CSIP Coach that may be hidden or disabled for the signed-in
 * user.
 *
 * @internal
 */
export type ProgrammeAction = keyof typeof PROGRAMME_ACTION_RULES;

/**
 * Whether the signed-in user may take an action: `loading` until both the
 * identity and the permission are known; when not `allowed`, `reason`
 * says why in words (without a closing full stop).
 *
 * @internal
 */
export type ProgrammeActionAccess = {
  loading: boolean;
  allowed: boolean;
  reason?: string;
};

/**
 * The programme an action is about. `members` is needed for actions with a
 * role rule; without it the answer stays `loading`.
 *
 * @internal
 */
export type ProgrammeForAction = {
  id: string;
  members?: ReadonlyArray<Pick<ProgrammeMember, 'userRef' | 'role'>>;
};

/** @internal */
export type ProgrammeActionOptions = {
  /**
   * The people who qualify by the product's rule in this context, instead
   * of the action's roles: for agreeing the scope, the current version's
   * required approvers (the sponsors plus the approvers it lists).
   */
  eligible?: readonly string[];
};

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

const LOADING: ProgrammeActionAccess = { loading: true, allowed: false };

/**
 * The product's role rule for an action: `undefined` while it cannot be
 * told yet, otherwise whether the user passes it.
 */
function passesRoleRule(
  rule: ProgrammeActionRule,
  me: string | undefined,
  programme: ProgrammeForAction | undefined,
  eligible: readonly string[] | undefined,
): boolean | undefined {
  if (rule.roles === 'anyone') return true;
  if (eligible) return me ? eligible.some(ref => same(ref, me)) : undefined;
  const roles = rule.roles;
  if (!me || !programme?.members) return undefined;
  return programme.members.some(
    m => roles.includes(m.role) && same(m.userRef, me),
  );
}

/**
 * Whether the signed-in user may take `action` on `programme` (no
 * programme for `createProgramme`), and if not why. The product's role rule
 * comes first, as in the backend: the user's `userEntityRef` against the
 * programme's members, case-insensitively. Then the portal's permission
 * policy through `usePermission`, with the programme id as the resource.
 *
 * @internal
 */
export function useProgrammeAction(
  action: ProgrammeAction,
  programme?: ProgrammeForAction,
  options: ProgrammeActionOptions = {},
): ProgrammeActionAccess {
  const rule: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const me = identity.value?.userEntityRef;
  const passes = passesRoleRule(rule, me, programme, options.eligible);
  // The policy is asked only once the role rule passes, as in the backend.
  const permission = usePermission(
    rule.permission.type === 'resource'
      ? {
          permission: rule.permission,
          resourceRef: passes ? programme?.id : undefined,
        }
      : { permission: rule.permission },
  );

  if (rule.roles !== 'anyone' && identity.error) {
    return {
      loading: false,
      allowed: false,
      reason: `Could not tell who you are: ${identity.error.message}`,
    };
  }
  // Without a programme id, usePermission answers DENY: wait for it instead.
  if (rule.permission.type === 'resource' && !programme?.id) return LOADING;
  if (passes === undefined) return LOADING;
  if (!passes) {
    return { loading: false, allowed: false, reason: rule.roleReason };
  }
  if (permission.error) {
    return {
      loading: false,
      allowed: false,
      reason: `Could not check your permissions: ${permission.error.message}`,
    };
  }
  if (permission.loading) return LOADING;
  return permission.allowed
    ? { loading: false, allowed: true }
    : { loading: false, allowed: false, reason: rule.policyReason };
}
