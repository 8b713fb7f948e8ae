import type {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  type PermissionCondition,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  CSIP_PROGRAMME_RESOURCE_TYPE,
  csipHandoverVerifyPermission,
  csipPermissions,
  csipProgrammeReadPermission,
  csipReviewWritePermission,
  csipScopeAgreePermission,
  csipScopePublishPermission,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';

/** The parameters of the csip plugin's `HAS_PROGRAMME_ROLE` rule. */
type HasProgrammeRoleParams = { userRefs: string[]; roles: ProgrammeRole[] };

/**
 * A condition on a programme: one of `userRefs` holds one of `roles` in it.
 * Evaluated by the csip backend with its `HAS_PROGRAMME_ROLE` rule.
 */
export function hasProgrammeRole(
  params: HasProgrammeRoleParams,
): PermissionCondition<
  typeof CSIP_PROGRAMME_RESOURCE_TYPE,
  HasProgrammeRoleParams
> {
  return {
    rule: 'HAS_PROGRAMME_ROLE',
    resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
    params,
  };
}

/**
 * Which programme roles this policy requires, per CSIP permission. The
 * product's own role rules apply first in any case; this policy narrows
 * agreeing the scope to sponsors only (the product also lets the approvers
 * a scope version lists agree it).
 */
const REQUIRED_ROLES: ReadonlyArray<
  [ResourcePermission<typeof CSIP_PROGRAMME_RESOURCE_TYPE>, ProgrammeRole[]]
> = [
  [csipScopeAgreePermission, ['sponsor']],
  [csipScopePublishPermission, ['lead', 'coach']],
  [csipReviewWritePermission, ['coach']],
  [csipHandoverVerifyPermission, ['coach']],
];

const ALL_ROLES: ProgrammeRole[] = ['sponsor', 'coach', 'lead', 'member'];

/** @public */
export type CsipExamplePolicyOptions = {
  /** Looks up the signed-in user's ownership entity refs. */
  userInfo: Pick<UserInfoService, 'getUserInfo'>;
  /**
   * Whether only a programme's members may read it. Off by default:
   * everyone signed in reads every programme, so portfolios stay visible.
   */
  membersOnlyRead?: boolean;
};

const isCsipPermission = (request: PolicyQuery) =>
  csipPermissions.some(p => isPermission(request.permission, p));

/**
 * An example permission policy for a portal with CSIP Coach:
 *
 * - anything that is not a CSIP permission is allowed;
 * - only sponsors agree the scope (`csip.scope.agree`);
 * - only leads and coaches publish scope versions (`csip.scope.publish`);
 * - only coaches write reviews (`csip.review.write`) and verify handover
 *   items (`csip.handover.verify`);
 * - everyone reads every programme (`csip.programme.read`), or only its
 *   members with `membersOnlyRead`;
 * - every other CSIP permission is allowed.
 *
 * The roles are checked by the csip backend with the `HAS_PROGRAMME_ROLE`
 * rule against the signed-in user's ownership entity refs (the user and
 * their groups).
 *
 * @public
 */
export class CsipExamplePolicy implements PermissionPolicy {
  private readonly userInfo: CsipExamplePolicyOptions['userInfo'];
  private readonly membersOnlyRead: boolean;

  constructor(options: CsipExamplePolicyOptions) {
    this.userInfo = options.userInfo;
    this.membersOnlyRead = options.membersOnlyRead ?? false;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!isCsipPermission(request)) {
      return { result: AuthorizeResult.ALLOW };
    }
    const roles = this.requiredRoles(request);
    if (!roles) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'csip',
      resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
      conditions: hasProgrammeRole({
        userRefs: await this.userRefs(user.credentials),
        roles,
      }),
    };
  }

  /** The roles a programme permission needs; none when anyone may. */
  private requiredRoles(request: PolicyQuery): ProgrammeRole[] | undefined {
    const { permission } = request;
    if (!isResourcePermission(permission, CSIP_PROGRAMME_RESOURCE_TYPE)) {
      return undefined; // csip.programme.create: anyone signed in
    }
    if (isPermission(permission, csipProgrammeReadPermission)) {
      return this.membersOnlyRead ? ALL_ROLES : undefined;
    }
    return REQUIRED_ROLES.find(([p]) => isPermission(permission, p))?.[1];
  }

  /** The user and what they own through their groups, each once. */
  private async userRefs(credentials: BackstageCredentials): Promise<string[]> {
    const info = await this.userInfo.getUserInfo(credentials);
    return [...new Set([info.userEntityRef, ...info.ownershipEntityRefs])];
  }
}
