import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { policyDenying } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** Answers for which doing it yourself wins. */
const diyAnswers = {
  experience: 5,
  capacity: 5,
  ownership: 4,
  openness: 2,
  urgency: 1,
  budget: 1,
  retainKnowhow: 4,
  riskTolerance: 5,
};

// Leads and sponsors record the decision: the signed-in test user
// (mockServices.httpAuth's default) leads, Dana sponsors.
const roles = {
  'user:default/mock': 'lead',
  'user:default/dana': 'sponsor',
} as const;

describe.each(databases.eachSupportedId())(
  'approach routes on %s',
  databaseId => {
    it('recommends without writing, and names bad answers', async () => {
      const { app } = await createTestApp({ databases, databaseId });
      const ok = await request(app)
        .post('/approach/recommendation')
        .send({ answers: diyAnswers });
      expect(ok.status).toBe(200);
      expect(ok.body.recommended).toBe('diy');
      expect(Object.keys(ok.body.risks).sort()).toEqual([
        'diy',
        'diy-with-coaching',
        'done-to-you',
      ]);

      const bad = await request(app)
        .post('/approach/recommendation')
        .send({ answers: { ...diyAnswers, budget: 9, urgency: undefined } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('answers.budget');
      expect(bad.body.error.message).toContain('answers.urgency');
    });

    it('records decisions append-only, as the caller, against the recommendation', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app, auditor } = testApp;
      const { id } = await givenProgramme({ testApp, roles });

      const following = await request(app)
        .post(`/programmes/${id}/approach/decisions`)
        .set('Authorization', mockCredentials.user.header('user:default/dana'))
        .send({
          approach: 'diy',
          answers: diyAnswers,
          decidedBy: 'user:default/mallory',
        });
      expect(following.status).toBe(201);
      expect(following.body).toMatchObject({
        approach: 'diy',
        recommended: 'diy',
        rationale: '',
        decidedBy: 'user:default/dana',
        programmeId: id,
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'approach-decision' }),
      );

      const against = await request(app)
        .post(`/programmes/${id}/approach/decisions`)
        .send({ approach: 'done-to-you', answers: diyAnswers });
      expect(against.status).toBe(400);
      expect(against.body.error.message).toContain('rationale');

      const withReason = await request(app)
        .post(`/programmes/${id}/approach/decisions`)
        .send({
          approach: 'done-to-you',
          answers: diyAnswers,
          rationale: 'The audit deadline leaves no time to learn',
          revisitOn: '2027-06-30',
        });
      expect(withReason.status).toBe(201);
      expect(withReason.body.recommended).toBe('diy');

      const history = await request(app).get(
        `/programmes/${id}/approach/decisions`,
      );
      expect(
        history.body.items.map((d: { approach: string }) => d.approach),
      ).toEqual(['done-to-you', 'diy']);
      expect((await request(app).get(`/programmes/${id}`)).body.approach).toBe(
        'done-to-you',
      );

      // No route edits or deletes a decision.
      const decisionId = history.body.items[0].id;
      expect(
        (
          await request(app).delete(
            `/programmes/${id}/approach/decisions/${decisionId}`,
          )
        ).status,
      ).toBe(404);
    });

    it('names bad decision fields and writes nothing', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const { id } = await givenProgramme({ testApp, roles });
      const res = await request(app)
        .post(`/programmes/${id}/approach/decisions`)
        .send({ approach: 'outsourcing', revisitOn: 'next spring' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('approach');
      expect(res.body.error.message).toContain('revisitOn');
      const history = await request(app).get(
        `/programmes/${id}/approach/decisions`,
      );
      expect(history.body.items).toEqual([]);
    });

    it('answers 403 when the policy denies deciding, and writes nothing', async () => {
      const permissions = policyDenying('csip.approach.decide');
      const testApp = await createTestApp({
        databases,
        databaseId,
        permissions,
      });
      const { app, decisionStore } = testApp;
      const { id } = await givenProgramme({ testApp, roles });
      const res = await request(app)
        .post(`/programmes/${id}/approach/decisions`)
        .send({ approach: 'diy', rationale: 'We can' });
      expect(res.status).toBe(403);
      expect(await decisionStore.listDecisions(id)).toEqual([]);
    });

    it('answers 404 for decisions of an unknown programme', async () => {
      const { app } = await createTestApp({ databases, databaseId });
      const res = await request(app)
        .post('/programmes/nope/approach/decisions')
        .send({ approach: 'diy', rationale: 'x' });
      expect(res.status).toBe(404);
    });
  },
);
