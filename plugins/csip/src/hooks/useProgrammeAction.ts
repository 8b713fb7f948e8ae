import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  holdsAnyRole,
  PROGRAMME_ACTION_RULES,
  type ProgrammeAction,
  type ProgrammeActionRule,
  type ProgrammeMember,
} from '@csip-coach/plugin-csip-common';
import useAsync from 'react-use/esm/useAsync';
import { errorSentence } from '../api/errorSentence';

// The role rules and reasons live in common (PROGRAMME_ACTION_RULES), the
// same table the backend enforces.
export type { ProgrammeAction };

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
function roleRuleFor(
  rule: ProgrammeActionRule,
  me: string | undefined,
  programme: ProgrammeForAction | undefined,
  eligible: readonly string[] | undefined,
): boolean | undefined {
  if (rule.roles === 'anyone') return true;
  if (eligible) return me ? eligible.some(ref => same(ref, me)) : undefined;
  if (!me || !programme?.members) return undefined;
  return holdsAnyRole(programme.members, [me], rule.roles);
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
  const passes = roleRuleFor(rule, me, programme, options.eligible);
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
      reason: `Could not tell who you are: ${errorSentence(identity.error)}`,
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
      reason: `Could not check your permissions: ${errorSentence(
        permission.error,
      )}`,
    };
  }
  if (permission.loading) return LOADING;
  return permission.allowed
    ? { loading: false, allowed: true }
    : { loading: false, allowed: false, reason: rule.policyReason };
}
