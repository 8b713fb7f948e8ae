import { mockCredentials } from '@backstage/backend-test-utils';
import type { Review } from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { toReviewRow } from '../database/rows/reviewRows';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const member = mockCredentials.user.header('user:default/omar.ops');
const COACH = 'user:default/alex.coach';

type Point = { date: string; level: number; reviewId: string };

/** A published review of `process` on day `day` of 2026, straight into its table. */
function published(
  programmeId: string,
  process: string,
  day: number,
  overrides: Partial<Review> = {},
) {
  const date = new Date(Date.UTC(2026, 0, day)).toISOString();
  return toReviewRow({
    id: `${process}-${day}${overrides.amends ? '-amended' : ''}`,
    programmeId,
    process,
    date: date.slice(0, 10),
    ledBy: day % 2 ? 'team' : 'coach',
    participants: [],
    evidence: [],
    ratings: [],
    strengths: [],
    observations: [],
    suggestions: [],
    actions: [],
    state: 'published',
    version: 1,
    author: COACH,
    createdAt: date,
    updatedAt: date,
    publishedAt: date,
    level: day % 4,
    ...overrides,
  });
}

describe.each(databases.eachSupportedId())(
  'the maturity trend on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: {
          [COACH]: 'coach',
          'user:default/priya.change': 'lead',
          'user:default/omar.ops': 'member',
        },
      });
      // 20 change reviews (the 5th amended), 2 release reviews, a draft.
      await ctx.knex('csip_reviews').insert([
        ...Array.from({ length: 20 }, (_, i) => published(id, 'change', i + 1)),
        published(id, 'change', 5, { amends: 'change-5', level: 3 }),
        published(id, 'release', 1),
        published(id, 'release', 2),
        {
          ...published(id, 'change', 30),
          id: 'draft',
          state: 'draft',
          level: null,
          published_at: null,
        },
      ]);
      const trend = (query: Record<string, string | number>) =>
        request(ctx.app)
          .get(`/programmes/${id}/maturity/trend`)
          .query(query)
          .set('Authorization', member);
      return { ...ctx, id, trend };
    }

    it('shows the last 12 levels of each process and how many there are', async () => {
      const { app, id } = await setup();
      const res = await request(app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', member);
      expect(res.status).toBe(200);
      const change = res.body.processes.find(
        (p: { process: string }) => p.process === 'change',
      );
      expect(change).toMatchObject({
        level: 0,
        trendTotal: 20,
        drafts: 1,
        lastReview: { id: 'change-20', date: '2026-01-20', ledBy: 'coach' },
      });
      expect(change.trend.map((p: Point) => p.reviewId)).toEqual(
        Array.from({ length: 12 }, (_, i) => `change-${i + 9}`),
      );
      expect(
        res.body.processes.find(
          (p: { process: string }) => p.process === 'release',
        ),
      ).toMatchObject({ trendTotal: 2, trend: [{}, {}] });
    });

    it('pages through the older levels from the oldest one shown', async () => {
      const { trend } = await setup();
      const latest = await trend({ process: 'change' });
      expect(latest.status).toBe(200);
      expect(latest.body.total).toBe(20);
      expect(latest.body.items.map((p: Point) => p.reviewId)).toEqual(
        Array.from({ length: 12 }, (_, i) => `change-${i + 9}`),
      );
      expect(latest.body.nextCursor).toBe('change-9');

      const page = await trend({
        process: 'change',
        cursor: 'change-9',
        limit: 5,
      });
      expect(page.status).toBe(200);
      // The amendment stands in the place of the review it corrects.
      expect(page.body).toEqual({
        items: [
          { date: '2026-01-04', level: 0, reviewId: 'change-4' },
          { date: '2026-01-05', level: 3, reviewId: 'change-5-amended' },
          { date: '2026-01-06', level: 2, reviewId: 'change-6' },
          { date: '2026-01-07', level: 3, reviewId: 'change-7' },
          { date: '2026-01-08', level: 0, reviewId: 'change-8' },
        ],
        total: 20,
        nextCursor: 'change-4',
      });

      const last = await trend({
        process: 'change',
        cursor: page.body.nextCursor,
        limit: 5,
      });
      expect(last.body).toEqual({
        items: [
          { date: '2026-01-01', level: 1, reviewId: 'change-1' },
          { date: '2026-01-02', level: 2, reviewId: 'change-2' },
          { date: '2026-01-03', level: 3, reviewId: 'change-3' },
        ],
        total: 20,
      });
    });

    it('refuses a cursor that is not a counted review of the process, and a bad query', async () => {
      const { trend, app } = await setup();
      for (const cursor of ['change-5', 'release-1', 'draft', 'nothing']) {
        const res = await trend({ process: 'change', cursor });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain('cursor');
      }
      expect((await trend({})).status).toBe(400);
      expect((await trend({ process: 'change\u0000' })).status).toBe(400);
      expect(
        (await trend({ process: 'change', cursor: 'change-9\u0000' })).status,
      ).toBe(400);
      expect((await trend({ process: 'change', limit: 0 })).status).toBe(400);
      expect((await trend({ process: 'change', limit: 101 })).status).toBe(400);
      expect(await trend({ process: 'incident' })).toMatchObject({
        status: 200,
        body: { items: [], total: 0 },
      });
      const missing = await request(app)
        .get('/programmes/00000000-0000-4000-8000-000000000000/maturity/trend')
        .query({ process: 'change' })
        .set('Authorization', member);
      expect(missing.status).toBe(404);
    });
  },
);
