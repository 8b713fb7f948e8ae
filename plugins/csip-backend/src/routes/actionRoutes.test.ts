import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const member = as('user:default/omar.ops');
const outsider = as('user:default/zoe.elsewhere');

const action = {
  description: 'Write the back-out plan template',
  owner: 'user:default/omar.ops',
  measure: 'Template used by the next three releases',
  dueDate: '2020-02-01',
};

describe.each(databases.eachSupportedId())(
  'action routes on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const programme = await givenProgramme({
        testApp: ctx,
        title: 'Release CSIP',
        roles: { 'user:default/omar.ops': 'member' },
      });
      return { ...ctx, id: programme.id };
    }

    it('lets members add and update actions, with 400, 403, 404 and 409 where due', async () => {
      const { app, id, auditor } = await setup();
      const url = `/programmes/${id}/actions`;

      const bad = await request(app)
        .post(url)
        .set('Authorization', member)
        .send({ ...action, owner: 'omar', dueDate: 'next week', measure: '' });
      expect(bad.status).toBe(400);
      for (const field of ['owner', 'dueDate', 'measure']) {
        expect(bad.body.error.message).toContain(field);
      }

      const notMember = await request(app)
        .post(url)
        .set('Authorization', outsider)
        .send(action);
      expect(notMember.status).toBe(403);
      expect(
        (await request(app).get(url).set('Authorization', member)).body,
      ).toEqual({ items: [] });

      const created = await request(app)
        .post(url)
        .set('Authorization', member)
        .send({ ...action, createdBy: 'user:default/someone-else' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...action,
        status: 'open',
        overdue: true,
        source: { type: 'manual' },
        createdBy: 'user:default/omar.ops',
        version: 1,
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'action-create' }),
      );

      const actionUrl = `/actions/${created.body.id}`;
      const badStatus = await request(app)
        .patch(actionUrl)
        .set('Authorization', member)
        .send({ version: 1, status: 'finished' });
      expect(badStatus.status).toBe(400);
      expect(badStatus.body.error.message).toContain('status');
      const noVersion = await request(app)
        .patch(actionUrl)
        .set('Authorization', member)
        .send({ status: 'done' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.error.message).toContain('version');

      const outsiderUpdate = await request(app)
        .patch(actionUrl)
        .set('Authorization', outsider)
        .send({ version: 1, status: 'done' });
      expect(outsiderUpdate.status).toBe(403);

      const done = await request(app)
        .patch(actionUrl)
        .set('Authorization', member)
        .send({ version: 1, status: 'done' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'done',
        overdue: false,
        version: 2,
      });

      const stale = await request(app)
        .patch(actionUrl)
        .set('Authorization', member)
        .send({ version: 1, status: 'open' });
      expect(stale.status).toBe(409);

      const missing = await request(app)
        .patch('/actions/00000000-0000-0000-0000-000000000000')
        .set('Authorization', member)
        .send({ version: 1, status: 'open' });
      expect(missing.status).toBe(404);
    });
  },
);
