/*
 * Writes under a portal policy that answers CONDITIONAL for their
 * permissions, as the example policy does (members-only reads, scope
 * agreement by sponsors, reviews and verification by coaches …). The
 * permission framework applies such conditions to the programme as the
 * plugin reads it (`getResources`, on the plugin's database pool), so the
 * check must happen before the programme's writing transaction opens: on
 * SQLite, whose pool has one connection, a check inside the transaction
 * waits for that connection until the pool times out.
 */
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
  type AuthorizePermissionResponse,
} from '@backstage/plugin-permission-common';
import {
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  csipReviewWritePermission,
  csipScopeAgreePermission,
  csipScopePublishPermission,
  type Programme,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { hasProgrammeRole } from '../permissions/rules';
import {
  authHeader,
  CallerKind,
  MEMBERS,
  OWNER_GROUP,
  PEOPLE,
} from './__testUtils__/reliabilityHelpers';

// Far below the pool's 60 s acquire timeout: a deadlock fails the test.
jest.setTimeout(30_000);

const databases = createTestDatabases();

const ALL_ROLES: ProgrammeRole[] = ['sponsor', 'coach', 'lead', 'member'];

/** The roles each permission's condition asks for (as the example policy). */
const CONDITIONAL: Record<string, ProgrammeRole[]> = {
  [csipProgrammeReadPermission.name]: ALL_ROLES,
  [csipProgrammeUpdatePermission.name]: ['lead', 'coach'],
  [csipScopePublishPermission.name]: ['lead', 'coach'],
  [csipScopeAgreePermission.name]: ['sponsor'],
  [csipReviewWritePermission.name]: ['coach'],
  [csipHandoverUpdatePermission.name]: ALL_ROLES,
  [csipHandoverVerifyPermission.name]: ['coach'],
};

/**
 * A permission service whose policy makes the permissions of
 * {@link CONDITIONAL} conditional on `HAS_PROGRAMME_ROLE`, applied as the
 * permission framework does: to the programme read by the plugin's
 * `getResources` (the programme store on the plain database pool).
 */
function conditionalPolicy(
  getProgramme: (id: string) => Promise<Programme | undefined>,
): PermissionsService {
  return mockServices.permissions.mock({
    authorize: async (
      requests: AuthorizePermissionRequest[],
      options: { credentials: BackstageCredentials },
    ) =>
      Promise.all(
        requests.map(async (req): Promise<AuthorizePermissionResponse> => {
          const roles = CONDITIONAL[req.permission.name];
          if (!roles || !req.resourceRef) {
            return { result: AuthorizeResult.ALLOW };
          }
          const programme = await getProgramme(req.resourceRef);
          const principal = options.credentials.principal as {
            userEntityRef?: string;
          };
          const allowed =
            programme !== undefined &&
            hasProgrammeRole.apply(programme, {
              userRefs: [principal.userEntityRef ?? ''],
              roles,
            });
          return {
            result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          };
        }),
      ),
    // The same policy, for the plugin to apply itself (reads do).
    authorizeConditional: async (
      requests: Array<{ permission: { name: string } }>,
      options: { credentials: BackstageCredentials },
    ) =>
      requests.map(req => {
        const roles = CONDITIONAL[req.permission.name];
        if (!roles) return { result: AuthorizeResult.ALLOW };
        const principal = options.credentials.principal as {
          userEntityRef?: string;
        };
        return {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'csip',
          resourceType: 'csip-programme',
          conditions: {
            rule: hasProgrammeRole.name,
            resourceType: 'csip-programme',
            params: { userRefs: [principal.userEntityRef ?? ''], roles },
          },
        };
      }),
  } as Partial<PermissionsService>);
}

const SCOPE = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
};

describe.each(databases.eachSupportedId())(
  'writes under a conditional policy on %s',
  databaseId => {
    let ctx: Awaited<ReturnType<typeof createTestApp>>;

    const call = (
      method: 'post' | 'patch',
      url: string,
      who: CallerKind,
      body: object,
    ) =>
      request(ctx.app)
        [method](url)
        .set('Authorization', authHeader(who))
        .send(body);

    beforeAll(async () => {
      ctx = await createTestApp({
        databases,
        databaseId,
        // The plugin's getResources: the programme store on the plain pool.
        permissions: conditionalPolicy(id =>
          ctx.programmeStore.getProgramme(id),
        ),
      });
    });

    async function freshProgramme() {
      return givenProgramme({
        testApp: ctx,
        ownerRef: OWNER_GROUP,
        roles: MEMBERS,
        createdBy: PEOPLE.lead,
      });
    }

    async function withScope() {
      const { id } = await freshProgramme();
      const res = await call(
        'post',
        `/programmes/${id}/scope/versions`,
        'coach',
        { ...SCOPE, approvers: [PEOPLE.member] },
      );
      expect(res.status).toBe(201);
      return id;
    }

    it('publishes and agrees a scope version', async () => {
      const id = await withScope();
      const res = await call(
        'post',
        `/programmes/${id}/scope/versions/1/agreements`,
        'sponsor',
        { decision: 'agree' },
      );
      expect(res.status).toBe(201);
    });

    it('refuses an approver the policy does not let agree, writing nothing', async () => {
      const id = await withScope();
      const res = await call(
        'post',
        `/programmes/${id}/scope/versions/1/agreements`,
        'member',
        { decision: 'agree' },
      );
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        `Not allowed: ${csipScopeAgreePermission.name}`,
      );
      expect(await ctx.scopeStore.listAgreements(id, 1)).toEqual([]);
    });

    it('writes, edits and publishes a review', async () => {
      const { id } = await freshProgramme();
      const draft = await call('post', `/programmes/${id}/reviews`, 'coach', {
        process: 'change',
        date: '2026-11-20',
        participants: ['Priya Nair'],
        evidence: ['interview'],
        ratings: [{ criterionId: 'change-1-1', coach: 'F' }],
      });
      expect(draft.status).toBe(201);
      const edited = await call('patch', `/reviews/${draft.body.id}`, 'coach', {
        version: draft.body.version,
        strengths: ['Every change has a record before it is made.'],
      });
      expect(edited.status).toBe(200);
      const published = await call(
        'post',
        `/reviews/${draft.body.id}/publish`,
        'coach',
        { version: edited.body.version },
      );
      expect(published.status).toBe(200);
    });

    it('demonstrates and verifies a handover item', async () => {
      const id = await withScope();
      const [item] = await ctx.handoverStore.listItems(id);
      const shown = await call(
        'patch',
        `/handover/items/${item.id}`,
        'member',
        {
          status: 'demonstrated',
          evidence: 'The team ran the CAB without the coach',
          version: item.version,
        },
      );
      expect(shown.status).toBe(200);
      const verified = await call(
        'patch',
        `/handover/items/${item.id}`,
        'coach',
        { status: 'verified', version: shown.body.version },
      );
      expect(verified.status).toBe(200);
    });

    it('records a member’s feedback response', async () => {
      const { id } = await freshProgramme();
      const round = await call(
        'post',
        `/programmes/${id}/feedback-rounds`,
        'coach',
        {
          title: 'Partners, winter round',
          closesOn: '2099-12-31',
          organisations: ['Acme Hosting', 'Globex Networks'],
        },
      );
      expect(round.status).toBe(201);
      const res = await call(
        'post',
        `/feedback-rounds/${round.body.id}/responses`,
        'member',
        {
          organisation: 'Globex Networks',
          anonymous: true,
          barriers: [{ barrier: 'silo-mentality', severity: 2 }],
        },
      );
      expect(res.status).toBe(201);
    });

    it('edits the programme and its members', async () => {
      const { id, version } = await freshProgramme();
      const edited = await call('patch', `/programmes/${id}`, 'lead', {
        version,
        title: 'Change and release CSIP',
      });
      expect(edited.status).toBe(200);
      const joined = await call('patch', `/programmes/${id}`, 'lead', {
        version: edited.body.version,
        members: [
          ...MEMBERS,
          { userRef: 'user:default/new.person', role: 'member' },
        ],
      });
      expect(joined.status).toBe(200);
    });
  },
);
