import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  csipHandoverVerifyPermission,
  csipProgrammeReadPermission,
  PROGRAMME_ACTION_RULES,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeAuthorizer } from './ProgrammeAuthorizer';
import { ProgrammeQuery, programmeRules } from './rules';
import { whereRole } from '../__testUtils__/portalPolicy';

const COACH = 'user:default/alex.coach';
const MEMBER = 'user:default/omar.member';
// Only the id and members matter to the rules.
const programme = {
  id: 'p1',
  members: [
    { userRef: COACH, role: 'coach' as const },
    { userRef: MEMBER, role: 'member' as const },
  ],
} as unknown as Programme;

const rules = Object.values(programmeRules);
const ruleset: PermissionRuleset<Programme, ProgrammeQuery> = {
  getRuleByName: name => rules.find(r => r.name === name)!,
};

function authorizer(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const permissions = mockServices.permissions.mock();
  permissions.authorize.mockResolvedValue([{ result }]);
  permissions.authorizeConditional.mockResolvedValue([{ result }]);
  return {
    permissions,
    authorizer: new ProgrammeAuthorizer({ permissions, ruleset }),
  };
}

const caller = (userRef: string) => ({
  userRef,
  credentials: mockCredentials.user(userRef),
});

describe('ProgrammeAuthorizer', () => {
  it('checks the role rule without asking the policy', () => {
    const { authorizer: a, permissions } = authorizer(AuthorizeResult.ALLOW);
    expect(() =>
      a.authorizeRole('verifyHandoverItem', programme, caller(COACH)),
    ).not.toThrow();
    expect(() =>
      a.authorizeRole('verifyHandoverItem', programme, caller(MEMBER)),
    ).toThrow(
      new NotAllowedError(PROGRAMME_ACTION_RULES.verifyHandoverItem.roleReason),
    );
    expect(permissions.authorize).not.toHaveBeenCalled();
  });

  it('asks the policy about the action’s permission on the programme', async () => {
    const { authorizer: a, permissions } = authorizer(AuthorizeResult.DENY);
    await expect(
      a.authorizePolicy(
        'verifyHandoverItem',
        programme,
        caller(COACH).credentials,
      ),
    ).rejects.toThrow(`Not allowed: ${csipHandoverVerifyPermission.name}`);
    expect(permissions.authorizeConditional).toHaveBeenCalledWith(
      [{ permission: csipHandoverVerifyPermission }],
      expect.anything(),
    );
    // Never the per-resource call, which makes the policy call back.
    expect(permissions.authorize).not.toHaveBeenCalled();
  });

  it('applies a conditional write decision to the programme as read, asking every time', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorizeConditional.mockResolvedValue([
      whereRole([COACH], ['coach']),
    ]);
    const a = new ProgrammeAuthorizer({
      permissions,
      ruleset,
      // Reads may reuse their decision; writes never do.
      readDecisionCacheMs: 60_000,
    });
    const credentials = caller(COACH).credentials;
    await expect(
      a.authorizePolicy('verifyHandoverItem', programme, credentials),
    ).resolves.toBeUndefined();
    await expect(
      a.authorizePolicy(
        'verifyHandoverItem',
        { ...programme, members: [{ userRef: MEMBER, role: 'member' }] },
        credentials,
      ),
    ).rejects.toThrow(`Not allowed: ${csipHandoverVerifyPermission.name}`);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
    expect(permissions.authorize).not.toHaveBeenCalled();
  });

  it('checks the role rule before the policy in authorizeAction', async () => {
    const { authorizer: a, permissions } = authorizer(AuthorizeResult.DENY);
    await expect(
      a.authorizeAction('verifyHandoverItem', programme, caller(MEMBER)),
    ).rejects.toThrow(PROGRAMME_ACTION_RULES.verifyHandoverItem.roleReason);
    expect(permissions.authorize).not.toHaveBeenCalled();
    await expect(
      a.authorizeAction('verifyHandoverItem', programme, caller(COACH)),
    ).rejects.toThrow(`Not allowed: ${csipHandoverVerifyPermission.name}`);
  });

  it('inside a write, answers 409 for an action whose policy was not checked', () => {
    const { authorizer: a } = authorizer(AuthorizeResult.ALLOW);
    expect(() =>
      a.authorizeRoleInWrite('verifyHandoverItem', programme, caller(COACH), [
        'verifyHandoverItem',
      ]),
    ).not.toThrow();
    // Another action of the same permission counts as checked.
    expect(() =>
      a.authorizeRoleInWrite('manageMembers', programme, caller(COACH), [
        'updateProgramme',
      ]),
    ).not.toThrow();
    expect(() =>
      a.authorizeRoleInWrite('verifyHandoverItem', programme, caller(COACH), [
        'updateHandoverItem',
      ]),
    ).toThrow(ConflictError);
    // The role rule comes first.
    expect(() =>
      a.authorizeRoleInWrite('verifyHandoverItem', programme, caller(MEMBER), [
        'updateHandoverItem',
      ]),
    ).toThrow(NotAllowedError);
  });

  describe('authorizeRead', () => {
    function reading(
      decision: Awaited<
        ReturnType<
          ReturnType<
            typeof mockServices.permissions.mock
          >['authorizeConditional']
        >
      >[number],
      readDecisionCacheMs = 0,
    ) {
      const { permissions } = authorizer(AuthorizeResult.ALLOW);
      permissions.authorizeConditional.mockResolvedValue([decision]);
      return {
        permissions,
        authorizer: new ProgrammeAuthorizer({
          permissions,
          ruleset,
          readDecisionCacheMs,
        }),
      };
    }

    it('allows and denies as the policy’s read decision says', async () => {
      const allow = reading({ result: AuthorizeResult.ALLOW });
      await expect(
        allow.authorizer.authorizeRead(programme, caller(MEMBER).credentials),
      ).resolves.toBeUndefined();
      const deny = reading({ result: AuthorizeResult.DENY });
      await expect(
        deny.authorizer.authorizeRead(programme, caller(MEMBER).credentials),
      ).rejects.toThrow(
        new NotAllowedError(`Not allowed: ${csipProgrammeReadPermission.name}`),
      );
      expect(deny.permissions.authorizeConditional).toHaveBeenCalledWith(
        [{ permission: csipProgrammeReadPermission }],
        expect.anything(),
      );
      // Never the per-resource call, which makes the policy call back.
      expect(deny.permissions.authorize).not.toHaveBeenCalled();
    });

    it('applies a conditional decision to the programme as loaded', async () => {
      const coachesOnly = reading(whereRole([COACH], ['coach']));
      await expect(
        coachesOnly.authorizer.authorizeRead(
          programme,
          caller(COACH).credentials,
        ),
      ).resolves.toBeUndefined();
      await expect(
        coachesOnly.authorizer.authorizeRead(
          { ...programme, members: [{ userRef: MEMBER, role: 'member' }] },
          caller(COACH).credentials,
        ),
      ).rejects.toThrow(NotAllowedError);
    });

    it('reuses the read decision for the same credentials while it is fresh', async () => {
      const { authorizer: a, permissions } = reading(
        { result: AuthorizeResult.ALLOW },
        5_000,
      );
      const credentials = caller(MEMBER).credentials;
      await a.authorizeRead(programme, credentials);
      await a.authorizeRead(programme, credentials);
      await a.readFilter(credentials);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
      await a.authorizeRead(programme, caller(COACH).credentials);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
    });
  });
});
