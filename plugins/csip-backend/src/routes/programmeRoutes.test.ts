import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { programmeCreateSchema } from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { whereRole } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const validBody = {
  title: 'Change management CSIP',
  vision: 'Changes that land safely',
  driver: 'operational',
  businessDrivers: [{ text: 'Failed changes', visibility: 'obvious' }],
  ownerRef: 'group:default/it-operations',
  members: [{ userRef: 'user:default/sam', role: 'sponsor' }],
};

const jo = mockCredentials.user.header('user:default/jo');

describe.each(databases.eachSupportedId())(
  'programme routes on %s',
  databaseId => {
    const setup = (
      permissions?: Parameters<typeof createTestApp>[0]['permissions'],
    ) => createTestApp({ databases, databaseId, permissions });

    it('answers health without credentials', async () => {
      const { app } = await setup();
      const res = await request(app)
        .get('/health')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', migration: 'x.js' });
    });

    it('creates a programme as the caller, never as the body says', async () => {
      const { app, auditor, auditorEvent } = await setup();
      const res = await request(app)
        .post('/programmes')
        .set('Authorization', jo)
        .send({ ...validBody, createdBy: 'user:default/mallory' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: 'Change management CSIP',
        phase: 'establish',
        version: 1,
        createdBy: 'user:default/jo',
      });
      expect(res.body.members).toEqual(
        expect.arrayContaining([
          { userRef: 'user:default/jo', role: 'lead' },
          { userRef: 'user:default/sam', role: 'sponsor' },
        ]),
      );
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'programme-create' }),
      );
      expect(auditorEvent.success).toHaveBeenCalled();

      const read = await request(app).get(`/programmes/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body);
    });

    it('rejects bad input with a 400 naming every bad field, and writes nothing', async () => {
      const { app, auditorEvent } = await setup();
      const res = await request(app)
        .post('/programmes')
        .send({
          ...validBody,
          title: '',
          driver: 'whim',
          ownerRef: 'it-operations',
          members: [{ userRef: 'user:default/sam', role: 'boss' }],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      for (const field of ['title', 'driver', 'ownerRef', 'members.0.role']) {
        expect(res.body.error.message).toContain(field);
      }
      expect(auditorEvent.fail).toHaveBeenCalled();
      const list = await request(app).get('/programmes');
      expect(list.body.items).toEqual([]);
    });

    it('validates the list query', async () => {
      const { app } = await setup();
      const res = await request(app).get('/programmes?limit=0&phase=done');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('limit');
      expect(res.body.error.message).toContain('phase');
    });

    it('answers 404 for an unknown programme', async () => {
      const { app } = await setup();
      const res = await request(app).get('/programmes/nope');
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    });

    it('requires user credentials', async () => {
      const { app } = await setup();
      const none = mockCredentials.none.header();
      expect(
        (await request(app).get('/programmes').set('Authorization', none))
          .status,
      ).toBe(401);
      expect(
        (
          await request(app)
            .post('/programmes')
            .set('Authorization', none)
            .send(validBody)
        ).status,
      ).toBe(401);
      // Services (e.g. a search collator) may list, but not read or write
      // in a user's name.
      const service = mockCredentials.service.header();
      expect(
        (await request(app).get('/programmes').set('Authorization', service))
          .status,
      ).toBe(200);
      expect(
        (
          await request(app)
            .post('/programmes')
            .set('Authorization', service)
            .send(validBody)
        ).status,
      ).toBe(403);
    });

    it('updates with the current version and answers 409 to a stale one', async () => {
      const { app } = await setup();
      const created = (await request(app).post('/programmes').send(validBody))
        .body;

      const first = await request(app)
        .patch(`/programmes/${created.id}`)
        .send({ version: 1, title: 'Change CSIP, renamed' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        title: 'Change CSIP, renamed',
        version: 2,
      });

      const stale = await request(app)
        .patch(`/programmes/${created.id}`)
        .send({ version: 1, title: 'Lost update' });
      expect(stale.status).toBe(409);
      expect(stale.body.error.name).toBe('ConflictError');

      const noVersion = await request(app)
        .patch(`/programmes/${created.id}`)
        .send({ title: 'No version' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.error.message).toContain('version');

      const read = await request(app).get(`/programmes/${created.id}`);
      expect(read.body).toMatchObject({
        title: 'Change CSIP, renamed',
        version: 2,
      });
    });

    it('answers 403 when the permission policy denies, and writes nothing', async () => {
      const { app, programmeStore } = await setup(
        mockServices.permissions({ result: AuthorizeResult.DENY }),
      );
      const created = await programmeStore.createProgramme({
        ...programmeCreateSchema.parse(validBody),
        createdBy: 'user:default/jo',
      });
      expect(
        (await request(app).post('/programmes').send(validBody)).status,
      ).toBe(403);
      expect((await request(app).get(`/programmes/${created.id}`)).status).toBe(
        403,
      );
      const patch = await request(app)
        .patch(`/programmes/${created.id}`)
        .send({ version: 1, title: 'Denied' });
      expect(patch.status).toBe(403);
      expect((await request(app).get('/programmes')).body.items).toEqual([]);
      expect((await programmeStore.getProgramme(created.id))?.title).toBe(
        validBody.title,
      );
    });

    it('lists only programmes where a conditional policy finds the role', async () => {
      const permissions = mockServices.permissions.mock({
        authorizeConditional: async () => [
          whereRole(['user:default/sam'], ['sponsor']),
        ],
      });
      const { app, programmeStore } = await setup(permissions);
      await programmeStore.createProgramme({
        ...programmeCreateSchema.parse(validBody),
        title: 'Sam sponsors this',
        createdBy: 'user:default/jo',
      });
      await programmeStore.createProgramme({
        ...programmeCreateSchema.parse(validBody),
        title: 'Sam is only a member here',
        members: [{ userRef: 'user:default/sam', role: 'member' }],
        createdBy: 'user:default/jo',
      });
      const list = await request(app).get('/programmes');
      expect(list.body.items.map((p: { title: string }) => p.title)).toEqual([
        'Sam sponsors this',
      ]);
    });
  },
);
