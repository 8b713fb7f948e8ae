import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LEAD = 'user:default/priya.lead';
const MEMBER = 'user:default/omar.ops';
const SPONSOR = 'user:default/dana.sponsor';
const COACH = 'user:default/alex.coach';
const auth = (ref: string) => mockCredentials.user.header(ref);

const answer = (rating: string, anonymous = false) => ({
  process: 'change',
  anonymous,
  ratings: [{ criterionId: 'change-1-1', rating }],
});

describe.each(databases.eachSupportedId())(
  'self-assessments in export and import on %s',
  databaseId => {
    it('exports anonymous answers without their respondent, and imports them anonymous', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const { app } = ctx;
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: {
          [LEAD]: 'lead',
          [COACH]: 'coach',
          [MEMBER]: 'member',
          [SPONSOR]: 'sponsor',
        },
      });
      const record = (ref: string, body: object) =>
        request(app)
          .post(`/programmes/${id}/self-assessments`)
          .set('Authorization', auth(ref))
          .send(body);
      expect((await record(LEAD, answer('L'))).status).toBe(201);
      expect((await record(MEMBER, answer('F', true))).status).toBe(201);
      expect((await record(SPONSOR, answer('P', true))).status).toBe(201);

      const exported = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', auth(COACH));
      expect(exported.status).toBe(200);
      const section = exported.body.selfAssessments;
      expect(section).toEqual([
        { ...answer('L'), respondent: LEAD, answeredAt: expect.any(String) },
        { ...answer('F', true), answeredAt: expect.any(String) },
        { ...answer('P', true), answeredAt: expect.any(String) },
      ]);
      // Nobody who answered anonymously is named anywhere in the export
      // as a respondent (they are members, so only the member list names
      // them).
      expect(JSON.stringify(section)).not.toContain(MEMBER);
      expect(JSON.stringify(section)).not.toContain(SPONSOR);

      const imported = await request(app)
        .post('/import')
        .set('Authorization', auth(COACH))
        .send(exported.body);
      expect(imported.status).toBe(201);
      const newId = imported.body.id;
      expect(
        await ctx
          .knex('csip_self_assessments')
          .where({ programme_id: newId })
          .orderBy('answered_at')
          .select('respondent', 'anonymous'),
      ).toEqual([
        { respondent: LEAD, anonymous: expect.anything() },
        { respondent: null, anonymous: expect.anything() },
        { respondent: null, anonymous: expect.anything() },
      ]);
      const again = await request(app)
        .get(`/programmes/${newId}/export`)
        .set('Authorization', auth(COACH));
      expect(again.body.selfAssessments).toEqual(section);

      const summary = await request(app)
        .get(`/programmes/${newId}/self-assessments?process=change`)
        .set('Authorization', auth(COACH));
      expect(summary.body).toMatchObject({
        respondents: 3,
        anonymousWithheld: 0,
      });
      expect(summary.body.criteria[0].counts).toEqual({
        N: 0,
        P: 1,
        L: 1,
        F: 1,
        NA: 0,
      });
    });

    it('still imports an export made before self-assessment', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: { [LEAD]: 'lead' },
      });
      const exported = await request(ctx.app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', auth(LEAD));
      const { selfAssessments, ...older } = exported.body;
      expect(selfAssessments).toEqual([]);
      const imported = await request(ctx.app)
        .post('/import')
        .set('Authorization', auth(LEAD))
        .send(older);
      expect(imported.status).toBe(201);
    });

    it('refuses an anonymous answer that names its respondent', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: { [LEAD]: 'lead' },
      });
      const exported = await request(ctx.app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', auth(LEAD));
      const res = await request(ctx.app)
        .post('/import')
        .set('Authorization', auth(LEAD))
        .send({
          ...exported.body,
          selfAssessments: [
            {
              ...answer('L', true),
              respondent: MEMBER,
              answeredAt: '2026-11-23T10:00:00.000Z',
            },
          ],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('selfAssessments.0.respondent');
    });
  },
);
