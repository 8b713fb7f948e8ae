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
  csipProgrammeImportPermission,
  csipProgrammeReadPermission,
  csipReviewWritePermission,
  csipScopeAgreePermission,
  csipScopePublishPermission,
} from '@csip-coach/plugin-csip-common';
import { ConfigReader } from '@backstage/config';
import {
  CsipExamplePolicy,
  examplePolicyOptionsFromConfig,
} from './CsipExamplePolicy';

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

function policy(
  options: {
    membersOnlyRead?: boolean;
    importGroups?: string[];
    groups?: string[];
  } = {},
) {
  const { groups = ['group:default/it-operations'], ...policyOptions } =
    options;
  const getUserInfo = jest.fn(async (c: BackstageCredentials) => {
    expect(c).toBe(credentials);
    return {
      userEntityRef: SAM,
      ownershipEntityRefs: [SAM, ...groups],
    };
  });
  return {
    policy: new CsipExamplePolicy({
      userInfo: { getUserInfo },
      ...policyOptions,
    }),
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

  describe('importing programmes', () => {
    const importRequest = { permission: csipProgrammeImportPermission };

    it('allows it only to members of group:default/portal-admins by default', async () => {
      await expect(
        policy({
          groups: [
            'group:default/it-operations',
            'group:default/portal-admins',
          ],
        }).policy.handle(importRequest, user),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
      await expect(
        policy().policy.handle(importRequest, user),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    });

    it('denies it without a signed-in user', async () => {
      await expect(
        policy({ groups: ['group:default/portal-admins'] }).policy.handle(
          importRequest,
        ),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    });

    it('takes the admin groups from the options, case-insensitively', async () => {
      const options = { importGroups: ['group:default/CSIP-Admins'] };
      await expect(
        policy({
          ...options,
          groups: ['group:default/csip-admins'],
        }).policy.handle(importRequest, user),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
      await expect(
        policy({
          ...options,
          groups: ['group:default/portal-admins'],
        }).policy.handle(importRequest, user),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    });

    it('reads its options from csip.examplePolicy in app-config', () => {
      expect(
        examplePolicyOptionsFromConfig(
          new ConfigReader({
            csip: {
              examplePolicy: {
                membersOnlyRead: true,
                importGroups: ['group:default/csip-admins'],
              },
            },
          }),
        ),
      ).toEqual({
        membersOnlyRead: true,
        importGroups: ['group:default/csip-admins'],
      });
      expect(examplePolicyOptionsFromConfig(new ConfigReader({}))).toEqual({
        membersOnlyRead: undefined,
        importGroups: undefined,
      });
    });

    it('leaves importing to the policy: creating a programme stays open to everyone signed in', async () => {
      await expect(
        policy().policy.handle(
          { permission: csipProgrammeCreatePermission },
          user,
        ),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    });
  });
});
