import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { testCatalog } from '../__testUtils__/testCatalog';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LEAD = 'user:default/priya.change';
const lead = mockCredentials.user.header(LEAD);
const UNKNOWN_GROUP = 'group:default/no-such-group';
const UNKNOWN_USER = 'user:default/no-such-person';

const body = {
  title: 'Change management CSIP',
  driver: 'operational',
  ownerRef: 'group:default/it-operations',
  members: [
    { userRef: 'user:default/alex.coach', role: 'coach' },
    { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    { userRef: 'user:default/omar.ops', role: 'member' },
  ],
};

/** The test catalog, with its look-ups counted. */
function spiedCatalog(): CatalogService & {
  getEntitiesByRefs: jest.SpyInstance;
} {
  const catalog = testCatalog();
  jest.spyOn(catalog, 'getEntitiesByRefs');
  return catalog as CatalogService & { getEntitiesByRefs: jest.SpyInstance };
}

describe.each(databases.eachSupportedId())(
  'owner and member refs checked against the catalog on %s',
  databaseId => {
    type TestApp = Awaited<ReturnType<typeof createTestApp>>;
    const setup = (
      options: Partial<Parameters<typeof createTestApp>[0]> = {},
    ) => createTestApp({ databases, databaseId, ...options });
    const count = async (testApp: TestApp, table: string) =>
      Number(
        (await testApp.knex(table).count({ n: '*' }).first())?.n ?? Number.NaN,
      );
    const post = (testApp: TestApp, url: string, payload: object) =>
      request(testApp.app).post(url).set('Authorization', lead).send(payload);

    it('refuses an owner the catalog does not have with a 400 naming ownerRef, and writes nothing', async () => {
      const testApp = await setup();
      const res = await post(testApp, '/programmes', {
        ...body,
        ownerRef: UNKNOWN_GROUP,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toBe(
        `Invalid programme: ownerRef: ${UNKNOWN_GROUP} is not in the catalog`,
      );
      expect(await count(testApp, 'csip_programmes')).toBe(0);
      expect(await count(testApp, 'csip_programme_members')).toBe(0);
      expect(testApp.auditorEvent.fail).toHaveBeenCalled();
      expect(testApp.auditorEvent.success).not.toHaveBeenCalled();
    });

    it('refuses a member the catalog does not have with a 400 naming the member, and writes nothing', async () => {
      const testApp = await setup();
      const res = await post(testApp, '/programmes', {
        ...body,
        members: [
          ...body.members.slice(0, 2),
          { userRef: UNKNOWN_USER, role: 'member' },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        `Invalid programme: members.2.userRef: ${UNKNOWN_USER} is not in the catalog`,
      );
      expect(await count(testApp, 'csip_programmes')).toBe(0);

      const both = await post(testApp, '/programmes', {
        ...body,
        ownerRef: UNKNOWN_GROUP,
        members: [{ userRef: UNKNOWN_USER, role: 'coach' }],
      });
      expect(both.status).toBe(400);
      expect(both.body.error.message).toContain('ownerRef: ');
      expect(both.body.error.message).toContain('members.0.userRef: ');
      expect(await count(testApp, 'csip_programmes')).toBe(0);
    });

    it('refuses a user as owner by its kind, before asking the catalog', async () => {
      const catalog = spiedCatalog();
      const testApp = await setup({ catalog });
      const res = await post(testApp, '/programmes', {
        ...body,
        ownerRef: 'user:default/alex.coach',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'ownerRef: must refer to a group or system entity',
      );
      const asMember = await post(testApp, '/programmes', {
        ...body,
        members: [{ userRef: 'group:default/it-operations', role: 'member' }],
      });
      expect(asMember.status).toBe(400);
      expect(asMember.body.error.message).toContain(
        'members.0.userRef: must refer to a user entity',
      );
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
      expect(await count(testApp, 'csip_programmes')).toBe(0);
    });

    it('looks refs up once each, case-insensitively, as the plugin itself', async () => {
      const catalog = spiedCatalog();
      const testApp = await setup({ catalog });
      const res = await post(testApp, '/programmes', {
        ...body,
        ownerRef: 'Group:default/IT-Operations',
        members: [
          { userRef: 'user:default/Alex.Coach', role: 'coach' },
          { userRef: 'user:default/alex.coach', role: 'member' },
        ],
      });
      expect(res.status).toBe(201);
      expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
      const [lookup, options] = catalog.getEntitiesByRefs.mock.calls[0];
      expect(lookup.entityRefs).toEqual([
        'group:default/it-operations',
        'user:default/alex.coach',
      ]);
      // The plugin's own service credentials, not the caller's.
      expect(options.credentials.principal).toMatchObject({
        type: 'service',
        subject: 'plugin:test',
      });
    });

    it('answers 503 when the catalog cannot be reached, and writes nothing', async () => {
      const catalog = catalogServiceMock.mock({
        getEntitiesByRefs: jest
          .fn()
          .mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:7007')),
      });
      const testApp = await setup({ catalog });
      const res = await post(testApp, '/programmes', body);
      expect(res.status).toBe(503);
      expect(res.body.error.name).toBe('ServiceUnavailableError');
      expect(res.body.error.message).toContain(
        'The catalog could not be reached to check ownerRef, members.0.userRef',
      );
      expect(res.body.error.message).not.toContain('ECONNREFUSED');
      expect(await count(testApp, 'csip_programmes')).toBe(0);
    });

    it('stores unknown refs unchecked when csip.catalogRefCheck is off', async () => {
      const catalog = spiedCatalog();
      const testApp = await setup({ catalog, catalogRefCheck: 'off' });
      const res = await post(testApp, '/programmes', {
        ...body,
        ownerRef: UNKNOWN_GROUP,
        members: [{ userRef: UNKNOWN_USER, role: 'coach' }],
      });
      expect(res.status).toBe(201);
      expect(res.body.ownerRef).toBe(UNKNOWN_GROUP);
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    });

    it('checks the new owner and new members of an update, and changes nothing when one is unknown', async () => {
      const testApp = await setup();
      const { id, programme } = await givenProgramme({
        testApp,
        roles: { [LEAD]: 'lead', 'user:default/alex.coach': 'coach' },
      });
      const patch = (payload: object) =>
        request(testApp.app)
          .patch(`/programmes/${id}`)
          .set('Authorization', lead)
          .send({ version: programme.version, ...payload });

      const owner = await patch({ ownerRef: UNKNOWN_GROUP });
      expect(owner.status).toBe(400);
      expect(owner.body.error.message).toBe(
        `Invalid programme update: ownerRef: ${UNKNOWN_GROUP} is not in the catalog`,
      );
      const member = await patch({
        members: [
          ...programme.members,
          { userRef: UNKNOWN_USER, role: 'member' },
        ],
      });
      expect(member.status).toBe(400);
      expect(member.body.error.message).toBe(
        `Invalid programme update: members.${programme.members.length}.userRef: ${UNKNOWN_USER} is not in the catalog`,
      );

      const after = await request(testApp.app)
        .get(`/programmes/${id}`)
        .set('Authorization', lead);
      expect(after.body.version).toBe(programme.version);
      expect(after.body.ownerRef).toBe(programme.ownerRef);
      expect(after.body.members).toEqual(programme.members);
      expect(await count(testApp, 'csip_membership_changes')).toBe(0);

      const known = await patch({
        ownerRef: 'system:default/payments-platform',
        members: [
          ...programme.members,
          { userRef: 'user:default/omar.ops', role: 'member' },
        ],
      });
      expect(known.status).toBe(200);
    });

    it('does not look up again the owner and members a programme already has', async () => {
      const catalog = spiedCatalog();
      const testApp = await setup({ catalog });
      // Stored before the check, or since gone from the catalog.
      const stale = await testApp.programmeStore.createProgramme({
        title: 'Older CSIP',
        vision: '',
        driver: 'operational',
        businessDrivers: [],
        ownerRef: 'group:default/disbanded',
        members: [
          { userRef: LEAD, role: 'lead' },
          { userRef: 'user:default/has.left', role: 'member' },
        ],
        createdBy: LEAD,
      });
      const res = await request(testApp.app)
        .patch(`/programmes/${stale.id}`)
        .set('Authorization', lead)
        .send({
          version: stale.version,
          title: 'Older CSIP, renamed',
          ownerRef: 'GROUP:default/Disbanded',
          members: stale.members,
        });
      expect(res.status).toBe(200);
      expect(res.body.title).toBe('Older CSIP, renamed');
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    });

    it('checks the owner and members of an imported programme', async () => {
      const testApp = await setup();
      const { id } = await givenProgramme({
        testApp,
        roles: { [LEAD]: 'lead', 'user:default/alex.coach': 'coach' },
      });
      const exported = await request(testApp.app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', lead);
      expect(exported.status).toBe(200);
      const archive = exported.body;

      const res = await post(testApp, '/import', {
        ...archive,
        programme: {
          ...archive.programme,
          ownerRef: UNKNOWN_GROUP,
          members: [
            ...archive.programme.members,
            { userRef: UNKNOWN_USER, role: 'member' },
          ],
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        `Invalid programme export: programme.ownerRef: ${UNKNOWN_GROUP} is not in the catalog; ` +
          `programme.members.${archive.programme.members.length}.userRef: ${UNKNOWN_USER} is not in the catalog`,
      );
      expect(await count(testApp, 'csip_programmes')).toBe(1);

      const imported = await post(testApp, '/import', archive);
      expect(imported.status).toBe(201);
    });
  },
);
