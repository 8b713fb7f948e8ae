import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const lead = mockCredentials.user.header('user:default/priya.change');

const programme = {
  title: 'Change CSIP',
  vision: 'Changes that land safely',
  driver: 'operational',
  businessDrivers: [{ text: 'Failed changes', visibility: 'obvious' }],
  ownerRef: 'group:default/it-operations',
  members: [{ userRef: 'user:default/alex.coach', role: 'coach' }],
};

describe.each(databases.eachSupportedId())(
  'one validation for both engines, on %s',
  databaseId => {
    const setup = async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const created = await request(ctx.app)
        .post('/programmes')
        .set('Authorization', lead)
        .send(programme);
      expect(created.status).toBe(201);
      return { ...ctx, id: created.body.id as string };
    };

    it('refuses what PostgreSQL cannot store with the same 400 as SQLite', async () => {
      const { app, id } = await setup();
      const cases: Array<[object, string]> = [
        [{ ...programme, title: 'Change\u0000CSIP' }, 'title'],
        [{ ...programme, vision: 'x'.repeat(4001) }, 'vision'],
        [{ ...programme, title: 'x'.repeat(201) }, 'title'],
        [
          { ...programme, ownerRef: `group:default/${'a'.repeat(250)}` },
          'ownerRef',
        ],
        [
          {
            ...programme,
            members: [{ userRef: 'user:default/a\u001Bb', role: 'coach' }],
          },
          'members.0.userRef',
        ],
      ];
      for (const [body, field] of cases) {
        const res = await request(app)
          .post('/programmes')
          .set('Authorization', lead)
          .send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toContain(field);
      }
      const huge = await request(app)
        .patch(`/programmes/${id}`)
        .set('Authorization', lead)
        .send({ version: 3_000_000_000, title: 'Renamed' });
      expect(huge.status).toBe(400);
      expect(huge.body.error.message).toContain('version');
      const list = await request(app)
        .get('/programmes')
        .set('Authorization', lead);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({ title: 'Change CSIP' });
    });

    it('checks path ids and numbers before anything is looked up', async () => {
      const { app, id } = await setup();
      const get = (path: string) =>
        request(app).get(path).set('Authorization', lead);
      for (const bad of ['%00', 'a%01b', 'x'.repeat(300), 'x'.repeat(37)]) {
        const res = await get(`/programmes/${bad}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid path: id: /);
      }
      // Well-formed ids that do not exist stay 404s.
      expect((await get('/programmes/nope')).status).toBe(404);
      expect((await get(`/programmes/${id}`)).status).toBe(200);

      const agree = (number: string) =>
        request(app)
          .post(`/programmes/${id}/scope/versions/${number}/agreements`)
          .set('Authorization', lead)
          .send({ decision: 'agree' });
      for (const bad of ['0x1', '1e3', '-1', '01', '1.0', '0', '2147483648']) {
        const res = await agree(bad);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid path: number: /);
      }
      expect((await agree('1')).status).toBe(404);
    });

    it('checks suggestion positions in the path (0 to 999)', async () => {
      const { app } = await setup();
      const respond = (index: string) =>
        request(app)
          .post(`/reviews/no-such-review/suggestions/${index}/response`)
          .set('Authorization', lead)
          .send({ response: 'adopt' });
      for (const bad of ['0x1', '1e3', '-1', '01', '1.0', '1000']) {
        const res = await respond(bad);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid path: index: /);
      }
      // Well-formed positions of a review that does not exist stay 404s.
      expect((await respond('0')).status).toBe(404);
      expect((await respond('999')).status).toBe(404);
    });

    it('takes only JSON bodies on mutating routes (415 otherwise)', async () => {
      const { app, id } = await setup();
      const asText = await request(app)
        .post('/tone/check')
        .set('Authorization', lead)
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ text: 'It never works.' }));
      expect(asText.status).toBe(415);
      expect(asText.body).toMatchObject({
        error: {
          name: 'UnsupportedMediaTypeError',
          message: expect.stringContaining('application/json'),
        },
        response: { statusCode: 415 },
      });
      const asForm = await request(app)
        .patch(`/programmes/${id}`)
        .set('Authorization', lead)
        .type('form')
        .send({ version: 1, title: 'Renamed' });
      expect(asForm.status).toBe(415);
      expect(
        (await request(app).get(`/programmes/${id}`).set('Authorization', lead))
          .body.title,
      ).toBe('Change CSIP');

      const asJson = await request(app)
        .post('/tone/check')
        .set('Authorization', lead)
        .send({ text: 'It never works.' });
      expect(asJson.status).toBe(200);
      // A request without a body (and so without a content type) is read as
      // an empty JSON object: the schema answers, not the content check.
      const bodiless = await request(app)
        .post('/tone/check')
        .set('Authorization', lead);
      expect(bodiless.status).toBe(400);
      expect(bodiless.body.error.message).toContain('text');
      // Reads are not affected.
      const read = await request(app)
        .get(`/programmes/${id}`)
        .set('Authorization', lead)
        .set('Content-Type', 'text/plain');
      expect(read.status).toBe(200);
    });

    it('audits validated values only, never the raw body', async () => {
      const { app, id, auditor } = await setup();
      auditor.createEvent.mockClear();
      const bad = await request(app)
        .post(`/programmes/${id}/phase`)
        .set('Authorization', lead)
        .send({ to: `implement${'\u0000'.repeat(3)}${'x'.repeat(10_000)}` });
      expect(bad.status).toBe(400);
      expect(auditor.createEvent).toHaveBeenCalledTimes(1);
      expect(auditor.createEvent.mock.calls[0][0]).toMatchObject({
        eventId: 'programme-phase-change',
        meta: { programmeId: id },
      });
      expect(auditor.createEvent.mock.calls[0][0].meta).not.toHaveProperty(
        'to',
      );

      auditor.createEvent.mockClear();
      await request(app)
        .post(`/programmes/${id}/phase`)
        .set('Authorization', lead)
        .send({ to: 'implement' });
      expect(auditor.createEvent.mock.calls[0][0].meta).toEqual({
        programmeId: id,
        to: 'implement',
      });

      auditor.createEvent.mockClear();
      await request(app)
        .patch(`/programmes/${id}`)
        .set('Authorization', lead)
        .send({ version: 1, title: 'Renamed', vision: 'Now safer' });
      expect(auditor.createEvent.mock.calls[0][0].meta).toEqual({
        programmeId: id,
        fields: 'title,vision',
      });
    });
  },
);
