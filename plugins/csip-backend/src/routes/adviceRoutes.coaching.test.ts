import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createStores } from '../database/createStores';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { ProgrammeWriter } from '../services/ProgrammeWriter';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const lead = as('user:default/priya.change');
const member = as('user:default/omar.ops');
const outsider = as('user:default/zoe.elsewhere');

const roles = {
  'user:default/alex.coach': 'coach',
  'user:default/priya.change': 'lead',
  'user:default/omar.ops': 'member',
} as const;

const LEVEL_1 = [1, 2, 3, 4].map(n => ({
  criterionId: `change-1-${n}`,
  coach: 'F',
}));

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

async function publishReview(
  app: Express,
  programmeId: string,
  review: Record<string, unknown>,
) {
  const draft = await request(app)
    .post(`/programmes/${programmeId}/reviews`)
    .set('Authorization', coach)
    .send({ process: 'change', ...review });
  expect(draft.status).toBe(201);
  const published = await request(app)
    .post(`/reviews/${draft.body.id}/publish`)
    .set('Authorization', coach)
    .send({ version: draft.body.version });
  expect(published.status).toBe(200);
  return published.body;
}

describe.each(databases.eachSupportedId())(
  'coaching summary and sustain monitoring on %s',
  databaseId => {
    it('sums up moments, commitments, advice responses and who led the reviews', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const { app } = ctx;
      const { id } = await givenProgramme({ testApp: ctx, roles });
      const summary = async () => {
        const res = await request(app)
          .get(`/programmes/${id}/coaching`)
          .set('Authorization', outsider);
        expect(res.status).toBe(200);
        return res.body;
      };
      expect(await summary()).toMatchObject({
        inTheWork: 0,
        scheduled: 0,
        ratio: null,
        target: 3,
        openCommitments: 0,
        advice: { adopted: 0, deferred: 0, declined: 0, awaiting: 0 },
        sustain: { active: false, nextDueOn: null, lapsed: false },
      });

      const moment = async (
        kind: string,
        followUpOn?: string,
      ): Promise<{ followUpId?: string }> => {
        const res = await request(app)
          .post(`/programmes/${id}/moments`)
          .set('Authorization', coach)
          .send({
            process: 'change',
            kind,
            observation: 'The team checked the back-out plan together.',
            ...(followUpOn && {
              commitment: {
                text: 'Add a back-out step to the template',
                owner: 'user:default/omar.ops',
                followUpOn,
              },
            }),
          });
        expect(res.status).toBe(201);
        return res.body;
      };
      await moment('in-the-work', '2026-01-10');
      await moment('in-the-work', '2999-01-01');
      const kept = await moment('in-the-work', '2026-01-05');
      await moment('scheduled');
      expect(
        (
          await request(app)
            .post(`/follow-ups/${kept.followUpId}/outcome`)
            .set('Authorization', member)
            .send({ outcome: 'kept' })
        ).status,
      ).toBe(200);

      const coachLed = await publishReview(app, id, {
        date: '2026-10-01',
        suggestions: [
          { technique: 'Change models', advice: 'Start with two models.' },
          { technique: 'CAB agenda', advice: 'Send it a day ahead.' },
        ],
      });
      await publishReview(app, id, {
        date: '2026-11-01',
        ledBy: 'team',
        suggestions: [{ technique: 'Peer review', advice: 'Pair on RFCs.' }],
      });
      const respond = (index: number, response: string, seen = 0) =>
        request(app)
          .post(`/reviews/${coachLed.id}/suggestions/${index}/response`)
          .set('Authorization', lead)
          .send({ response, seen });
      expect((await respond(0, 'adopt')).status).toBe(201);
      expect((await respond(1, 'defer')).status).toBe(201);
      expect((await respond(1, 'decline', 1)).status).toBe(201);

      expect(await summary()).toEqual({
        inTheWork: 3,
        scheduled: 1,
        ratio: 3,
        target: 3,
        openCommitments: 2,
        dueFollowUps: 1,
        commitmentOutcomes: { kept: 1, partly: 0, notYet: 0 },
        // The latest response per suggestion counts: the deferral became a decline.
        advice: { adopted: 1, deferred: 0, declined: 1, awaiting: 1 },
        reviewsLedBy: { coach: 1, coLed: 0, team: 1 },
        sustain: {
          active: false,
          cadenceDays: 90,
          lastTeamReviewOn: '2026-11-01',
          nextDueOn: null,
          lapsed: false,
          levelDrops: [],
        },
      });
      expect(
        (
          await request(app)
            .get('/programmes/nope/coaching')
            .set('Authorization', lead)
        ).status,
      ).toBe(404);
    });

    it('keeps the sustain due date and level drops on the portfolio status, from the writing transaction', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const { app, knex } = ctx;
      const { id } = await givenProgramme({
        testApp: ctx,
        roles,
        phase: 'handover',
      });
      const status = async () => {
        const res = await request(app)
          .get('/programmes')
          .set('Authorization', lead);
        return res.body.items.find((p: { id: string }) => p.id === id).status;
      };
      expect(await status()).toMatchObject({
        sustainDueOn: null,
        sustainLapsed: false,
        levelDrops: [],
      });

      // Make the team ready for sustain: a scope, every checklist item
      // verified, two proficient people and a team-led review.
      await ctx.scopeStore.publishVersion(
        id,
        {
          processes: [
            {
              process: 'change',
              baselineLevel: 1,
              targetLevel: 3,
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
      const handover = await request(app)
        .get(`/programmes/${id}/handover`)
        .set('Authorization', member);
      for (const item of handover.body.items) {
        const res = await request(app)
          .patch(`/handover/items/${item.id}`)
          .set('Authorization', coach)
          .send({
            status: 'verified',
            evidence: 'Seen',
            version: item.version,
          });
        expect(res.status).toBe(200);
      }
      await request(app)
        .put(`/programmes/${id}/skills`)
        .set('Authorization', lead)
        .send({
          people: [
            { userRef: 'user:default/omar.ops', skills: { change: 'expert' } },
            {
              userRef: 'user:default/priya.change',
              skills: { change: 'proficient' },
            },
          ],
          version: 0,
        });
      const first = await publishReview(app, id, {
        date: '2026-11-20',
        ledBy: 'team',
        ratings: LEVEL_1,
      });
      expect(first.level).toBeGreaterThan(0);

      const moved = await request(app)
        .post(`/programmes/${id}/phase`)
        .set('Authorization', lead)
        .send({ to: 'sustain' });
      expect(moved.status).toBe(200);
      const today = new Date().toISOString().slice(0, 10);
      const dueOn = addDays(today > '2026-11-20' ? today : '2026-11-20', 90);
      expect(await status()).toMatchObject({
        sustainDueOn: dueOn,
        sustainLapsed: false,
        levelDrops: [],
      });

      // The team's next review shows a lower level.
      await publishReview(app, id, { date: '2026-12-01', ledBy: 'team' });
      const later = today > '2026-12-01' ? today : '2026-12-01';
      expect(await status()).toMatchObject({
        sustainDueOn: addDays(later, 90),
        levelDrops: ['change'],
      });
      const coaching = await request(app)
        .get(`/programmes/${id}/coaching`)
        .set('Authorization', member);
      expect(coaching.body.sustain).toEqual({
        active: true,
        cadenceDays: 90,
        lastTeamReviewOn: '2026-12-01',
        nextDueOn: addDays(later, 90),
        lapsed: false,
        levelDrops: [
          {
            process: 'change',
            from: first.level,
            to: 0,
            on: '2026-12-01',
            reviewId: expect.any(String),
          },
        ],
      });

      // The writer computes the due date at the configured cadence.
      const stores = await createStores(mockServices.database({ knex }));
      const writer = new ProgrammeWriter(
        stores,
        readMaturityModel(new ConfigReader({})),
        { reviewCadenceDays: 30 },
      );
      await writer.write(id, async () => undefined, { touch: false });
      expect((await status()).sustainDueOn).toBe(addDays(later, 30));

      // Lapsed is derived when read; rows from before sustain monitoring
      // (null columns) read as nothing due, not lapsed, no drops.
      await knex('csip_programme_status')
        .where({ programme_id: id })
        .update({ sustain_due_on: '2020-01-01' });
      expect(await status()).toMatchObject({
        sustainDueOn: '2020-01-01',
        sustainLapsed: true,
      });
      await knex('csip_programme_status')
        .where({ programme_id: id })
        .update({ sustain_due_on: null, level_drops: null });
      expect(await status()).toMatchObject({
        sustainDueOn: null,
        sustainLapsed: false,
        levelDrops: [],
      });
    });
  },
);
