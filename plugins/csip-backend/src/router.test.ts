import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { DatabaseProgrammeStore } from './database/DatabaseProgrammeStore';
import { createRouter } from './router';
import { ProgrammeService } from './services/ProgrammeService';
import { createTestDatabases } from './__testUtils__/createTestDatabases';

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

describe.each(databases.eachSupportedId())('createRouter on %s', databaseId => {
  let app: express.Express;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;

  beforeEach(async () => {
    const knex = await databases.init(databaseId);
    const store = await DatabaseProgrammeStore.create({
      database: mockServices.database({ knex }),
    });
    auditor = mockServices.auditor.mock();
    const event = { success: jest.fn(), fail: jest.fn() };
    auditor.createEvent.mockResolvedValue(event);
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      userInfo: mockServices.userInfo(),
      auditor,
      programmes: ProgrammeService.create({ store }),
      health: async () => ({ status: 'ok', migration: 'x.js' }),
    });
    app = express();
    app.use(router);
    app.use(mockErrorHandler());
  });

  it('answers health without credentials', async () => {
    const res = await request(app)
      .get('/health')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', migration: 'x.js' });
  });

  it('creates a programme as the caller, never as the body says', async () => {
    const res = await request(app)
      .post('/programmes')
      .set('Authorization', mockCredentials.user.header('user:default/jo'))
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

    const read = await request(app).get(`/programmes/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
  });

  it('rejects bad input with a 400 naming every bad field, and writes nothing', async () => {
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
    const list = await request(app).get('/programmes');
    expect(list.body.items).toEqual([]);
  });

  it('validates the list query', async () => {
    const res = await request(app).get('/programmes?limit=0&phase=done');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('limit');
    expect(res.body.error.message).toContain('phase');
  });

  it('answers 404 for an unknown programme', async () => {
    const res = await request(app).get('/programmes/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('requires user credentials', async () => {
    const none = mockCredentials.none.header();
    expect(
      (await request(app).get('/programmes').set('Authorization', none)).status,
    ).toBe(401);
    expect(
      (
        await request(app)
          .post('/programmes')
          .set('Authorization', none)
          .send(validBody)
      ).status,
    ).toBe(401);
    const service = mockCredentials.service.header();
    expect(
      (await request(app).get('/programmes').set('Authorization', service))
        .status,
    ).toBe(403);
  });
});
