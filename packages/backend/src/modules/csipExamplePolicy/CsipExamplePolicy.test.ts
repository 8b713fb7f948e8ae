import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  csipActionManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipProgrammeCreatePermission,
  csipProgrammeReadPermission,
  csipReviewWritePermission,
  csipScopeAgreePermission,
  csipScopePublishPermission,
} from '@csip-coach/plugin-csip-common';
import { CsipExamplePolicy } from './CsipExamplePolicy';

const SAM = 'user:default/sam';

const credentials = {
  $$type: '@backstage/BackstageCredentials',
  principal: { type: 'user', userEntityRef: SAM },
} as BackstageCredentials;

/** A signed-in user, as the permission backend passes it to the policy. */
const user = {
  credentials,
  info: { userEntityRef: SAM, ownershipEntityRefs: [SAM] },
} as PolicyQueryUser;

function policy(options: { membersOnlyRead?: boolean } = {}) {
  const getUserInfo = jest.fn(async (c: BackstageCredentials) => {
    expect(c).toBe(credentials);
    return {
      userEntityRef: SAM,
      ownershipEntityRefs: [SAM, 'group:default/it-operations'],
    };
  });
  return {
    policy: new CsipExamplePolicy({ userInfo: { getUserInfo }, ...options }),
    getUserInfo,
  };
}

const roleCondition = (roles: string[]) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'csip',
  resourceType: 'csip-programme',
  conditions: {
    rule: 'HAS_PROGRAMME_ROLE',
    resourceType: 'csip-programme',
    params: {
      userRefs: [SAM, 'group:default/it-operations'],
      roles,
    },
  },
});

describe('CsipExamplePolicy', () => {
  it('allows what is not a CSIP permission', async () => {
    const { policy: p, getUserInfo } = policy();
    const catalogRead = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
      resourceType: 'catalog-entity',
    });
    await expect(p.handle({ permission: catalogRead }, user)).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(getUserInfo).not.toHaveBeenCalled();
  });

  it('lets only sponsors agree the scope', async () => {
    await expect(
      policy().policy.handle({ permission: csipScopeAgreePermission }, user),
    ).resolves.toEqual(roleCondition(['sponsor']));
  });

  it('lets only leads and coaches publish the scope', async () => {
    await expect(
      policy().policy.handle({ permission: csipScopePublishPermission }, user),
    ).resolves.toEqual(roleCondition(['lead', 'coach']));
  });

  it('lets only coaches write reviews and verify handover items', async () => {
    const { policy: p } = policy();
    await expect(
      p.handle({ permission: csipReviewWritePermission }, user),
    ).resolves.toEqual(roleCondition(['coach']));
    await expect(
      p.handle({ permission: csipHandoverVerifyPermission }, user),
    ).resolves.toEqual(roleCondition(['coach']));
  });

  it('allows every other CSIP permission', async () => {
    const { policy: p } = policy();
    for (const permission of [
      csipProgrammeCreatePermission,
      csipProgrammeReadPermission,
      csipActionManagePermission,
      csipHandoverUpdatePermission,
    ]) {
      await expect(p.handle({ permission }, user)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('can let only a programme’s members read it', async () => {
    await expect(
      policy({ membersOnlyRead: true }).policy.handle(
        { permission: csipProgrammeReadPermission },
        user,
      ),
    ).resolves.toEqual(roleCondition(['sponsor', 'coach', 'lead', 'member']));
  });

  it('denies role-bound permissions without a signed-in user', async () => {
    const { policy: p } = policy();
    await expect(
      p.handle({ permission: csipReviewWritePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      p.handle({ permission: csipActionManagePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
