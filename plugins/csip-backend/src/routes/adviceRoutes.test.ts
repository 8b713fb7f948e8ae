import { mockCredentials } from '@backstage/backend-test-utils';
import type { Express } from 'express';
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
const sponsor = as('user:default/dana.sponsor');
const outsider = as('user:default/zoe.elsewhere');

const suggestions = [
  {
    technique: 'Change models',
    advice: 'Start with two standard change models for routine patches.',
  },
  {
    technique: 'CAB agenda',
    advice: 'Send the agenda a day ahead so that reviewers can prepare.',
  },
];

/** A draft review of change by the coach, published unless told. */
async function givenReview(
  app: Express,
  programmeId: string,
  options: { publish?: boolean; date?: string; technique?: string } = {},
) {
  const draft = await request(app)
    .post(`/programmes/${programmeId}/reviews`)
    .set('Authorization', coach)
    .send({
      process: 'change',
      date: options.date ?? '2026-11-20',
      suggestions: options.technique
        ? [{ ...suggestions[0], technique: options.technique }]
        : suggestions,
    });
  expect(draft.status).toBe(201);
  if (options.publish === false) return draft.body;
  const published = await request(app)
    .post(`/reviews/${draft.body.id}/publish`)
    .set('Authorization', coach)
    .send({ version: draft.body.version });
  expect(published.status).toBe(200);
  return published.body;
}

describe.each(databases.eachSupportedId())(
  'advice routes on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const programme = await givenProgramme({
        testApp: ctx,
        roles: {
          'user:default/alex.coach': 'coach',
          'user:default/priya.change': 'lead',
          'user:default/omar.ops': 'member',
          'user:default/dana.sponsor': 'sponsor',
        },
      });
      const id = programme.id;
      const advice = async () =>
        (
          await request(ctx.app)
            .get(`/programmes/${id}/advice`)
            .set('Authorization', outsider)
        ).body.items;
      return { ...ctx, id, advice };
    }

    it('lets the team respond to the suggestions of a published review, as a history', async () => {
      const { app, id, advice, auditor } = await setup();
      const review = await givenReview(app, id);
      const url = (index: number | string) =>
        `/reviews/${review.id}/suggestions/${index}/response`;

      const bad = await request(app)
        .post(url(0))
        .set('Authorization', lead)
        .send({ response: 'maybe', seen: -1, reason: 'x\u0000y' });
      expect(bad.status).toBe(400);
      for (const field of ['response', 'seen', 'reason']) {
        expect(bad.body.error.message).toContain(field);
      }
      for (const path of ['01', '-1', '1000', 'x']) {
        const res = await request(app)
          .post(url(path))
          .set('Authorization', lead)
          .send({ response: 'adopt' });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid path: index: /);
      }
      const missing = await request(app)
        .post(url(2))
        .set('Authorization', lead)
        .send({ response: 'adopt' });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('no suggestion 2');
      const noReview = await request(app)
        .post('/reviews/no-such-review/suggestions/0/response')
        .set('Authorization', lead)
        .send({ response: 'adopt' });
      expect(noReview.status).toBe(404);

      // Only the team (leads and members) responds.
      for (const who of [coach, sponsor, outsider]) {
        const refused = await request(app)
          .post(url(0))
          .set('Authorization', who)
          .send({ response: 'adopt' });
        expect(refused.status).toBe(403);
      }
      expect((await advice())[0]).not.toHaveProperty('latest');

      auditor.createEvent.mockClear();
      const deferred = await request(app)
        .post(url(0))
        .set('Authorization', lead)
        .send({
          response: 'defer',
          reason: 'After the freeze',
          respondedBy: 'user:default/someone-else',
        });
      expect(deferred.status).toBe(201);
      expect(deferred.body).toEqual({
        reviewId: review.id,
        index: 0,
        seq: 1,
        response: 'defer',
        reason: 'After the freeze',
        respondedBy: 'user:default/priya.change',
        respondedAt: expect.any(String),
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'advice-response',
          meta: { reviewId: review.id, index: 0, response: 'defer' },
        }),
      );

      // A response written meanwhile (stale `seen`) or one never read is a 409.
      for (const seen of [0, 2]) {
        const stale = await request(app)
          .post(url(0))
          .set('Authorization', member)
          .send({ response: 'adopt', seen });
        expect(stale.status).toBe(409);
      }
      const adopted = await request(app)
        .post(url(0))
        .set('Authorization', member)
        .send({ response: 'adopt', seen: 1, outcome: 'Two models in use' });
      expect(adopted.status).toBe(201);
      expect(adopted.body).toMatchObject({
        seq: 2,
        respondedBy: 'user:default/omar.ops',
      });

      // Two at once with the same `seen`: one wins, the other is told.
      const raced = await Promise.all(
        (['decline', 'adopt'] as const).map(response =>
          request(app)
            .post(url(1))
            .set('Authorization', response === 'adopt' ? lead : member)
            .send({ response, seen: 0 }),
        ),
      );
      expect(raced.map(r => r.status).sort()).toEqual([201, 409]);

      const log = await advice();
      expect(log).toEqual([
        {
          reviewId: review.id,
          process: 'change',
          date: '2026-11-20',
          index: 0,
          ...suggestions[0],
          latest: adopted.body,
          responses: 2,
        },
        {
          reviewId: review.id,
          process: 'change',
          date: '2026-11-20',
          index: 1,
          ...suggestions[1],
          latest: raced.find(r => r.status === 201)!.body,
          responses: 1,
        },
      ]);
    });

    it('answers drafts and amended reviews with a 409, and lists what counts, newest first', async () => {
      const { app, id, advice } = await setup();
      const draft = await givenReview(app, id, { publish: false });
      const onDraft = await request(app)
        .post(`/reviews/${draft.id}/suggestions/0/response`)
        .set('Authorization', lead)
        .send({ response: 'adopt' });
      expect(onDraft.status).toBe(409);
      expect(onDraft.body.error.message).toContain('draft');

      const older = await givenReview(app, id, {
        date: '2026-09-01',
        technique: 'Older advice',
      });
      const original = await givenReview(app, id, { date: '2026-10-01' });
      expect(
        (
          await request(app)
            .post(`/reviews/${original.id}/suggestions/1/response`)
            .set('Authorization', lead)
            .send({ response: 'decline', reason: 'Not now' })
        ).status,
      ).toBe(201);
      const amendment = await request(app)
        .post(`/reviews/${original.id}/amendments`)
        .set('Authorization', coach)
        .send({
          process: 'change',
          date: '2026-10-01',
          suggestions: [suggestions[1]],
          reason: 'The first suggestion was for another team',
        });
      expect(amendment.status).toBe(201);

      const onAmended = await request(app)
        .post(`/reviews/${original.id}/suggestions/0/response`)
        .set('Authorization', lead)
        .send({ response: 'adopt', seen: 0 });
      expect(onAmended.status).toBe(409);
      expect(onAmended.body.error.message).toContain('amendment');
      expect(onAmended.body.error.message).toContain(amendment.body.id);

      // The draft is left out, the amendment stands in for the original
      // (without the original's responses), newest review first.
      expect(
        (await advice()).map((e: Record<string, unknown>) => [
          e.reviewId,
          e.index,
          e.technique,
          e.responses,
        ]),
      ).toEqual([
        [amendment.body.id, 0, 'CAB agenda', 0],
        [older.id, 0, 'Older advice', 0],
      ]);
      expect(
        (
          await request(app)
            .post(`/reviews/${amendment.body.id}/suggestions/0/response`)
            .set('Authorization', lead)
            .send({ response: 'adopt' })
        ).status,
      ).toBe(201);
      expect(
        (
          await request(app)
            .get('/programmes/nope/advice')
            .set('Authorization', lead)
        ).status,
      ).toBe(404);
    });

    it('lets coaches and leads comment on any review; everyone who reads sees the comments', async () => {
      const { app, id, auditor } = await setup();
      const draft = await givenReview(app, id, { publish: false });
      const url = `/reviews/${draft.id}/comments`;

      const bad = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({ text: '', author: 'user:default/someone-else' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('text');
      for (const who of [member, sponsor, outsider]) {
        const refused = await request(app)
          .post(url)
          .set('Authorization', who)
          .send({ text: 'Well done' });
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toContain('coaches and leads');
      }
      expect(
        (await request(app).get(url).set('Authorization', outsider)).body,
      ).toEqual({ items: [] });

      auditor.createEvent.mockClear();
      const first = await request(app)
        .post(url)
        .set('Authorization', coach)
        .send({ text: 'Good to see the evidence listed.' });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        reviewId: draft.id,
        text: 'Good to see the evidence listed.',
        author: 'user:default/alex.coach',
        createdAt: expect.any(String),
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'review-comment',
          meta: { reviewId: draft.id },
        }),
      );
      const second = await request(app)
        .post(url)
        .set('Authorization', lead)
        .send({ text: 'Thanks, we will keep it up.' });
      expect(second.status).toBe(201);

      const listed = await request(app).get(url).set('Authorization', member);
      expect(listed.status).toBe(200);
      expect(
        listed.body.items.map((c: { author: string }) => c.author),
      ).toEqual(['user:default/alex.coach', 'user:default/priya.change']);
      const missing = await request(app)
        .get('/reviews/no-such-review/comments')
        .set('Authorization', member);
      expect(missing.status).toBe(404);
      const missingPost = await request(app)
        .post('/reviews/no-such-review/comments')
        .set('Authorization', coach)
        .send({ text: 'Hello' });
      expect(missingPost.status).toBe(404);
    });
  },
);
