import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const COACH = 'user:default/alex.coach';
const PARTNERS = [
  'user:default/pat.partner',
  'user:default/quinn.partner',
  'user:default/robin.partner',
];
const as = (ref: string) => mockCredentials.user.header(ref);

/** The export without what differs between two exports of the same. */
const comparable = (archive: Record<string, unknown>) => {
  const { exportedAt: _at, ...rest } = archive;
  return rest;
};

describe.each(databases.eachSupportedId())(
  'partnership feedback in export and import on %s',
  databaseId => {
    it('round-trips rounds, responses and the actions barriers became, never an anonymous respondent', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const { id } = await givenProgramme({
        testApp,
        roles: { [COACH]: 'coach' },
      });
      const post = async (url: string, who: string, body: object) => {
        const res = await request(app)
          .post(url)
          .set('Authorization', as(who))
          .send(body);
        expect(res.status).toBeLessThan(300);
        return res.body;
      };
      const round = await post(`/programmes/${id}/feedback-rounds`, COACH, {
        title: 'Spring round',
        closesOn: '2999-01-31',
        organisations: ['Client IT', 'Acme Outsourcing'],
      });
      for (const [i, partner] of PARTNERS.entries()) {
        await post(`/feedback-rounds/${round.id}/responses`, partner, {
          organisation: 'Acme Outsourcing',
          anonymous: i > 0,
          barriers: [{ barrier: 'mistrust', severity: i + 1 }],
        });
      }
      await post(`/feedback-rounds/${round.id}/actions`, COACH, {
        barrier: 'mistrust',
        description: 'Run joint incident reviews',
        owner: COACH,
        measure: 'Both parties attend',
        dueDate: '2999-03-01',
      });

      const first = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', as(COACH));
      expect(first.body.feedback.rounds).toEqual([
        expect.objectContaining({ key: 'round-1', title: 'Spring round' }),
      ]);
      const responses = first.body.feedback.rounds[0].responses;
      expect(responses).toHaveLength(3);
      expect(responses.filter((r: object) => 'respondedBy' in r)).toEqual([
        expect.objectContaining({ respondedBy: PARTNERS[0] }),
      ]);
      expect(JSON.stringify(first.body)).not.toContain(PARTNERS[1]);
      expect(JSON.stringify(first.body)).not.toContain(PARTNERS[2]);
      expect(first.body.actions[0].source).toEqual({
        type: 'feedback',
        round: 'round-1',
        barrier: 'mistrust',
      });

      const imported = await post('/import', COACH, first.body);
      const rounds = await request(app)
        .get(`/programmes/${imported.id}/feedback-rounds`)
        .set('Authorization', as(PARTNERS[0]));
      expect(rounds.body.items).toEqual([
        expect.objectContaining({ responses: 3, answeredByMe: true }),
      ]);
      const summary = await request(app)
        .get(`/feedback-rounds/${rounds.body.items[0].id}/summary`)
        .set('Authorization', as(COACH));
      expect(summary.body).toMatchObject({ responses: 3, withheld: false });
      const actions = await request(app)
        .get(`/programmes/${imported.id}/actions`)
        .set('Authorization', as(COACH));
      expect(actions.body.items[0].source).toEqual({
        type: 'feedback',
        feedbackRoundId: rounds.body.items[0].id,
        barrier: 'mistrust',
      });

      const second = await request(app)
        .get(`/programmes/${imported.id}/export`)
        .set('Authorization', as(COACH));
      expect(comparable(second.body)).toEqual(comparable(first.body));
    });

    it('refuses an action that names a round the archive lacks', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const { id } = await givenProgramme({
        testApp,
        roles: { [COACH]: 'coach' },
      });
      await request(app)
        .post(`/programmes/${id}/actions`)
        .set('Authorization', as(COACH))
        .send({
          description: 'A',
          owner: COACH,
          measure: 'B',
          dueDate: '2999-01-01',
        });
      const exported = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', as(COACH));
      const archive = exported.body;
      archive.actions[0].source = { type: 'feedback', round: 'round-9' };
      const res = await request(app)
        .post('/import')
        .set('Authorization', as(COACH))
        .send(archive);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('actions.0.source.round');
    });
  },
);
