import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const coach = mockCredentials.user.header('user:default/alex.coach');

/** Level 1 Fully, level 2 Largely except change-2-4, rated Partly. */
const LEVEL_2_HELD_BACK = [
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-1-${n}`, coach: 'F' })),
  ...[1, 2, 3].map(n => ({ criterionId: `change-2-${n}`, coach: 'L' })),
  { criterionId: 'change-2-4', coach: 'P' },
];

const evidence = [
  { kind: 'interview', note: 'Asked the CAB chair how changes are planned' },
  {
    kind: 'document',
    note: 'Change calendar on the wiki',
    link: 'https://wiki.example.com/change-calendar',
  },
];

const review = {
  process: 'change',
  date: '2026-11-20',
  ratings: LEVEL_2_HELD_BACK,
  strengths: ['Every change has a record before it is made.'],
  suggestions: [
    {
      technique: 'Change models',
      advice: 'Start with two standard change models for routine patches.',
      area: 'operations',
      why: 'Routine patches take most of the CAB’s time.',
      evidence: 'Eight of the last ten CAB items were routine patches.',
      expectedImprovement: 'CAB spends its time on the risky changes.',
    },
  ],
};

describe.each(databases.eachSupportedId())(
  'review ratings not applicable, evidence and recommendation areas on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const programme = await givenProgramme({
        testApp: ctx,
        roles: { 'user:default/alex.coach': 'coach' },
      });
      return { ...ctx, id: programme.id };
    }

    it('refuses NA without a reason, naming the field, and writes nothing', async () => {
      const { app, id } = await setup();
      const url = `/programmes/${id}/reviews`;
      const noReason = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({
          ...review,
          ratings: [{ criterionId: 'change-1-1', coach: 'NA' }],
        });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.message).toContain('ratings.0.naReason');
      const badLink = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({
          ...review,
          ratings: [
            {
              criterionId: 'change-1-1',
              coach: 'F',
              evidence: [
                {
                  kind: 'metrics',
                  note: 'x',
                  link: ['javascript', 'x'].join(':'),
                },
              ],
            },
          ],
          suggestions: [{ technique: 'T', advice: 'A', area: 'finance' }],
        });
      expect(badLink.status).toBe(400);
      for (const field of ['ratings.0.evidence.0.link', 'suggestions.0.area']) {
        expect(badLink.body.error.message).toContain(field);
      }
      const list = await request(app).get(url).set('Authorization', coach);
      expect(list.body).toEqual({ items: [] });

      const draft = (
        await request(app).post(url).set('Authorization', coach).send(review)
      ).body;
      const patch = await request(app)
        .patch(`/reviews/${draft.id}`)
        .set('Authorization', coach)
        .send({
          version: draft.version,
          ratings: [{ criterionId: 'change-2-4', coach: 'NA', naReason: '' }],
        });
      expect(patch.status).toBe(400);
      expect(patch.body.error.message).toContain('ratings.0.naReason');
      const still = await request(app)
        .get(`/reviews/${draft.id}`)
        .set('Authorization', coach);
      expect(still.body).toMatchObject({
        version: draft.version,
        ratings: LEVEL_2_HELD_BACK,
      });
    });

    it('leaves NA criteria out of the level and keeps evidence and areas', async () => {
      const { app, id } = await setup();
      const url = `/programmes/${id}/reviews`;
      const heldBack = (
        await request(app).post(url).set('Authorization', coach).send(review)
      ).body;
      const level1 = await request(app)
        .post(`/reviews/${heldBack.id}/publish`)
        .set('Authorization', coach)
        .send({ version: heldBack.version });
      expect(level1.body.level).toBe(1);

      const ratings = [
        ...LEVEL_2_HELD_BACK.slice(0, 4).map(r => ({ ...r, evidence })),
        ...LEVEL_2_HELD_BACK.slice(4, 7),
        {
          criterionId: 'change-2-4',
          coach: 'NA',
          naReason:
            'Changes are never outsourced here, so there is no partner.',
          evidence: [evidence[0]],
        },
      ];
      const created = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({ ...review, date: '2026-11-27', ratings });
      expect(created.status).toBe(201);
      const read = await request(app)
        .get(`/reviews/${created.body.id}`)
        .set('Authorization', coach);
      expect(read.body.ratings).toEqual(ratings);
      expect(read.body.suggestions).toEqual(review.suggestions);

      const published = await request(app)
        .post(`/reviews/${created.body.id}/publish`)
        .set('Authorization', coach)
        .send({ version: created.body.version, acknowledgeTone: true });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ state: 'published', level: 2 });
      expect(published.body.ratings).toEqual(ratings);
      // "never" in the reason for NA is a tone finding like any other text.
      expect(published.body.toneFindings).toEqual([
        expect.objectContaining({ field: 'ratings.7.naReason' }),
      ]);

      const maturity = await request(app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', coach);
      expect(maturity.body.processes[0]).toMatchObject({
        process: 'change',
        level: 2,
      });
    });
  },
);
