import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const lead = as('user:default/priya.change');
const member = as('user:default/omar.ops');

const LEVEL_1_FULLY_LEVEL_2_LARGELY = [
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-1-${n}`, coach: 'F' })),
  ...[1, 2, 3, 4].map(n => ({
    criterionId: `change-2-${n}`,
    coach: 'L',
    team: 'F',
  })),
];

const review = {
  process: 'change',
  date: '2026-11-20',
  ledBy: 'co-led',
  participants: ['Priya Nair', 'Omar Haddad'],
  evidence: ['interview', 'document'],
  ratings: LEVEL_1_FULLY_LEVEL_2_LARGELY,
  strengths: ['Every change has a record before it is made.'],
  observations: ['We observed that emergency changes are recorded afterwards.'],
  suggestions: [
    {
      technique: 'Change models',
      advice: 'Start with two standard change models for routine patches.',
    },
  ],
  actions: [
    {
      description: 'Publish the change schedule on the wiki',
      owner: 'user:default/priya.change',
      measure: 'The schedule is on the wiki and linked from the CAB agenda',
      dueDate: '2027-01-15',
    },
  ],
};

describe.each(databases.eachSupportedId())(
  'review routes on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const programme = await givenProgramme({
        testApp: ctx,
        roles: {
          'user:default/alex.coach': 'coach',
          'user:default/priya.change': 'lead',
          'user:default/omar.ops': 'member',
        },
      });
      return { ...ctx, id: programme.id };
    }

    it('serves the maturity model and the tone check', async () => {
      const { app } = await setup();
      const model = await request(app)
        .get('/maturity-model')
        .set('Authorization', member);
      expect(model.status).toBe(200);
      expect(model.body.processes.map((p: { id: string }) => p.id)).toEqual([
        'change',
        'configuration',
        'release',
      ]);
      expect(model.body.processes[0].criteria).toHaveLength(20);

      const tone = await request(app)
        .post('/tone/check')
        .set('Authorization', coach)
        .send({ text: 'The team never records approvals.' });
      expect(tone.status).toBe(200);
      expect(tone.body.findings).toEqual([
        expect.objectContaining({
          start: 9,
          end: 14,
          phrase: 'never',
          category: 'absolute',
        }),
      ]);
      const bad = await request(app)
        .post('/tone/check')
        .set('Authorization', coach)
        .send({});
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('text');
    });

    it('lets only coaches write drafts (403 for others), names bad fields and writes nothing', async () => {
      const { app, id, auditor } = await setup();
      const url = `/programmes/${id}/reviews`;

      for (const who of [lead, member]) {
        const refused = await request(app)
          .post(url)
          .set('Authorization', who)
          .send(review);
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toContain('coaches');
      }

      const bad = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({
          ...review,
          date: 'yesterday',
          ratings: [{ criterionId: 'change-1-1', coach: 'Y' }],
          actions: [{ ...review.actions[0], owner: 'priya' }],
        });
      expect(bad.status).toBe(400);
      for (const field of ['date', 'ratings.0.coach', 'actions.0.owner']) {
        expect(bad.body.error.message).toContain(field);
      }

      const unknown = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({
          ...review,
          ratings: [{ criterionId: 'release-1-1', coach: 'F' }],
        });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain(
        "ratings.0.criterionId: 'release-1-1' is not a criterion of change",
      );
      const process = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({ ...review, process: 'incident' });
      expect(process.status).toBe(400);
      expect(process.body.error.message).toContain('process');

      const list = await request(app).get(url).set('Authorization', coach);
      expect(list.body).toEqual({ items: [] });

      const created = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({ ...review, author: 'user:default/someone-else' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        state: 'draft',
        version: 1,
        author: 'user:default/alex.coach',
        ledBy: 'co-led',
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'review-create' }),
      );
    });

    it('edits drafts with the version, publishes with the level and lands the actions', async () => {
      const { app, id } = await setup();
      const draft = (
        await request(app)
          .post(`/programmes/${id}/reviews`)
          .set('Authorization', coach)
          .send({ ...review, actions: [] })
      ).body;

      const notCoach = await request(app)
        .patch(`/reviews/${draft.id}`)
        .set('Authorization', lead)
        .send({ version: 1, strengths: ['x'] });
      expect(notCoach.status).toBe(403);

      const edited = await request(app)
        .patch(`/reviews/${draft.id}`)
        .set('Authorization', coach)
        .send({ version: 1, actions: review.actions });
      expect(edited.status).toBe(200);
      expect(edited.body.version).toBe(2);

      const stale = await request(app)
        .patch(`/reviews/${draft.id}`)
        .set('Authorization', coach)
        .send({ version: 1, strengths: [] });
      expect(stale.status).toBe(409);

      const published = await request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', coach)
        .send({ version: 2 });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({
        state: 'published',
        level: 2,
        toneFindings: [],
        toneAcknowledged: false,
      });

      const actions = await request(app)
        .get(`/programmes/${id}/actions`)
        .set('Authorization', member);
      expect(actions.body.items).toEqual([
        expect.objectContaining({
          description: 'Publish the change schedule on the wiki',
          owner: 'user:default/priya.change',
          status: 'open',
          overdue: false,
          source: { type: 'review', reviewId: draft.id, process: 'change' },
        }),
      ]);

      const maturity = await request(app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', member);
      expect(maturity.body.processes[0]).toMatchObject({
        process: 'change',
        level: 2,
        target: null,
        trend: [{ date: '2026-11-20', level: 2, reviewId: draft.id }],
        calibrationGap: 1,
        lastReview: { id: draft.id, ledBy: 'co-led' },
      });
    });

    it('refuses to publish open tone findings unless acknowledged, and stores the acknowledgement', async () => {
      const { app, id } = await setup();
      const draft = (
        await request(app)
          .post(`/programmes/${id}/reviews`)
          .set('Authorization', coach)
          .send({
            ...review,
            observations: ['The team failed to record emergency changes.'],
          })
      ).body;

      const refused = await request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', coach)
        .send({ version: draft.version });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('observations.0');
      expect(refused.body.error.message).toContain('acknowledgeTone');
      const still = await request(app)
        .get(`/reviews/${draft.id}`)
        .set('Authorization', coach);
      expect(still.body.state).toBe('draft');
      const noActions = await request(app)
        .get(`/programmes/${id}/actions`)
        .set('Authorization', coach);
      expect(noActions.body.items).toEqual([]);

      const acknowledged = await request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', coach)
        .send({ acknowledgeTone: true, version: draft.version });
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.body.toneAcknowledged).toBe(true);
      expect(acknowledged.body.toneFindings).toEqual([
        expect.objectContaining({
          field: 'observations.0',
          category: expect.any(String),
        }),
      ]);
    });

    it('keeps published reviews immutable (409) and corrects them by amendment', async () => {
      const { app, id } = await setup();
      const draft = (
        await request(app)
          .post(`/programmes/${id}/reviews`)
          .set('Authorization', coach)
          .send(review)
      ).body;
      await request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', coach)
        .send({ version: draft.version });

      const edit = await request(app)
        .patch(`/reviews/${draft.id}`)
        .set('Authorization', coach)
        .send({ version: 2, strengths: ['changed'] });
      expect(edit.status).toBe(409);
      expect(edit.body.error.message).toContain('amendment');
      const again = await request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', coach)
        .send({ version: 2 });
      expect(again.status).toBe(409);

      const noReason = await request(app)
        .post(`/reviews/${draft.id}/amendments`)
        .set('Authorization', coach)
        .send(review);
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.message).toContain('reason');
      const otherProcess = await request(app)
        .post(`/reviews/${draft.id}/amendments`)
        .set('Authorization', coach)
        .send({ ...review, process: 'release', ratings: [], reason: 'x' });
      expect(otherProcess.status).toBe(400);
      const asLead = await request(app)
        .post(`/reviews/${draft.id}/amendments`)
        .set('Authorization', lead)
        .send({ ...review, reason: 'x' });
      expect(asLead.status).toBe(403);

      const amendment = await request(app)
        .post(`/reviews/${draft.id}/amendments`)
        .set('Authorization', coach)
        .send({
          ...review,
          ratings: LEVEL_1_FULLY_LEVEL_2_LARGELY.slice(0, 4),
          actions: [],
          reason: 'Level 2 criteria were rated on last quarter’s evidence',
        });
      expect(amendment.status).toBe(201);
      expect(amendment.body).toMatchObject({
        state: 'published',
        level: 1,
        amends: draft.id,
      });

      const original = await request(app)
        .get(`/reviews/${draft.id}`)
        .set('Authorization', member);
      expect(original.body).toMatchObject({
        amendedBy: amendment.body.id,
        level: 2,
        strengths: review.strengths,
      });
      const maturity = await request(app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', member);
      expect(maturity.body.processes[0]).toMatchObject({
        level: 1,
        trend: [{ level: 1, reviewId: amendment.body.id }],
      });

      const twice = await request(app)
        .post(`/reviews/${draft.id}/amendments`)
        .set('Authorization', coach)
        .send({ ...review, reason: 'again' });
      expect(twice.status).toBe(409);

      const draft2 = (
        await request(app)
          .post(`/programmes/${id}/reviews`)
          .set('Authorization', coach)
          .send(review)
      ).body;
      const amendDraft = await request(app)
        .post(`/reviews/${draft2.id}/amendments`)
        .set('Authorization', coach)
        .send({ ...review, reason: 'x' });
      expect(amendDraft.status).toBe(409);
    });

    it('takes targets from the scope and answers 404 for unknown reviews', async () => {
      const { app, id, scopeStore } = await setup();
      await scopeStore.publishVersion(
        id,
        {
          processes: [
            {
              process: 'release',
              baselineLevel: 0,
              targetLevel: 2,
              targetDate: '2027-06-30',
            },
          ],
          objectives: [],
          outOfScope: [],
          milestones: [],
          resources: { coachDays: 0, budget: 0, notes: '' },
          assumptions: [],
          approvers: [],
        },
        'user:default/priya.change',
      );
      const maturity = await request(app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', member);
      expect(maturity.body.processes).toEqual([
        expect.objectContaining({
          process: 'release',
          name: 'Release management',
          level: null,
          target: 2,
          baseline: 0,
          inScope: true,
          // Nobody has agreed this version yet.
          targetAgreed: false,
        }),
      ]);

      const missing = await request(app)
        .get('/reviews/00000000-0000-0000-0000-000000000000')
        .set('Authorization', member);
      expect(missing.status).toBe(404);
    });
  },
);
