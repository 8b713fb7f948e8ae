import type {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
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
  csipProgrammeImportPermission,
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

/**
 * The group whose members may import programmes when no other is
 * configured.
 *
 * @public
 */
export const DEFAULT_IMPORT_GROUPS: readonly string[] = [
  'group:default/portal-admins',
];

/** @public */
export type CsipExamplePolicyOptions = {
  /** Looks up the signed-in user's ownership entity refs. */
  userInfo: Pick<UserInfoService, 'getUserInfo'>;
  /**
   * Whether only a programme's members may read it. Off by default:
   * everyone signed in reads every programme, so portfolios stay visible.
   */
  membersOnlyRead?: boolean;
  /**
   * The groups (or users) whose members may import programmes
   * (`csip.programme.import`): an imported programme's records keep their
   * original authors, so importing is an admin's task. Default
   * `DEFAULT_IMPORT_GROUPS` (`group:default/portal-admins`).
   */
  importGroups?: readonly string[];
};

/**
 * The policy's options from app-config (`csip.examplePolicy`):
 *
 * ```yaml
 * csip:
 *   examplePolicy:
 *     membersOnlyRead: false
 *     importGroups: [group:default/portal-admins]
 * ```
 *
 * @public
 */
export function examplePolicyOptionsFromConfig(
  config: Pick<Config, 'getOptionalConfig'>,
): Pick<CsipExamplePolicyOptions, 'membersOnlyRead' | 'importGroups'> {
  const section = config.getOptionalConfig('csip.examplePolicy');
  return {
    membersOnlyRead: section?.getOptionalBoolean('membersOnlyRead'),
    importGroups: section?.getOptionalStringArray('importGroups'),
  };
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

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
 * - only members of the admin groups (`importGroups`, default
 *   `group:default/portal-admins`) import programmes
 *   (`csip.programme.import`);
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
  private readonly importGroups: ReadonlySet<string>;

  constructor(options: CsipExamplePolicyOptions) {
    this.userInfo = options.userInfo;
    this.membersOnlyRead = options.membersOnlyRead ?? false;
    this.importGroups = new Set(
      (options.importGroups ?? DEFAULT_IMPORT_GROUPS).map(lower),
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!isCsipPermission(request)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isPermission(request.permission, csipProgrammeImportPermission)) {
      return this.mayImport(user);
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

  /** Importing: only members of the admin groups. */
  private async mayImport(user?: PolicyQueryUser): Promise<PolicyDecision> {
    if (!user) return { result: AuthorizeResult.DENY };
    const refs = await this.userRefs(user.credentials);
    return refs.some(ref => this.importGroups.has(lower(ref)))
      ? { result: AuthorizeResult.ALLOW }
      : { result: AuthorizeResult.DENY };
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
