import { checkSustain, checkSustainHistory } from '../coaching/checkSustain';
import { coachFadeOutHistory, latestReviews } from '../handover/fadeOutHistory';
import { coachFadeOut, exitReadiness } from '../handover/handoverScores';
import { BUILT_IN_MATURITY_MODEL } from '../maturity/builtInMaturityModel';
import {
  summariseMaturity,
  summariseMaturityHistory,
} from '../maturity/summariseMaturity';
import type { ScopeVersion } from '../scope/scopeSchema';
import { effectiveReviews } from './effectiveReviews';
import {
  HISTORY_KEEP,
  latestAcrossProcesses,
  reviewHistoryOf,
  TREND_WINDOW,
} from './reviewHistory';
import type { LedBy, Review } from './reviewSchema';

const COACH = 'user:default/alex.coach';

function review(overrides: Partial<Review>): Review {
  return {
    id: 'r',
    programmeId: 'p1',
    process: 'change',
    date: '2026-10-01',
    ledBy: 'coach',
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
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    publishedAt: '2026-10-01T00:00:00.000Z',
    level: 1,
    ...overrides,
  };
}

/** Newest first by date, then creation time: as the store lists them. */
const listed = (reviews: Review[]) =>
  [...reviews].sort(
    (a, b) =>
      b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );

/**
 * A long history: `perProcess` reviews of each of three processes with
 * levels that go up and down, every way of leading, two authors, some on
 * the same day, drafts, amendments (one of an amendment, one moving the
 * date), a review without a publication time and NA ratings.
 */
function longHistory(perProcess: number): Review[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed;
  };
  const reviews: Review[] = [];
  for (const process of ['change', 'configuration', 'release']) {
    for (let i = 0; i < perProcess; i++) {
      const day = 1 + Math.floor(i / 2);
      const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
      const created = `${date}T0${i % 2}:00:00.000Z`;
      reviews.push(
        review({
          id: `${process}-${i}`,
          process,
          date,
          level: next() % 4,
          ledBy: (['coach', 'co-led', 'team'] as LedBy[])[next() % 3],
          author: next() % 2 ? COACH : 'user:default/priya.change',
          createdAt: created,
          publishedAt: i === 3 ? undefined : created,
          ratings: [
            { criterionId: `${process}-1-1`, coach: 'NA', team: 'F' },
            { criterionId: `${process}-1-2`, coach: 'L', team: 'F' },
          ],
        }),
      );
    }
    reviews.push(
      review({
        id: `${process}-draft`,
        process,
        state: 'draft',
        level: undefined,
        publishedAt: undefined,
        date: '2030-01-01',
      }),
    );
  }
  const last = perProcess - 1;
  reviews.push(
    review({
      id: 'change-amend',
      amends: `change-${last}`,
      level: 0,
      ledBy: 'team',
      date: '2023-06-01',
      createdAt: '2031-01-01T00:00:00.000Z',
      publishedAt: '2031-01-01T00:00:00.000Z',
    }),
    review({
      id: 'release-amend',
      process: 'release',
      amends: `release-${last}`,
      level: 3,
      ledBy: 'co-led',
      date: reviews.find(r => r.id === `release-${last}`)!.date,
      createdAt: '2031-01-01T00:00:00.000Z',
      publishedAt: '2031-01-01T00:00:00.000Z',
    }),
    review({
      id: 'release-amend-2',
      process: 'release',
      amends: 'release-amend',
      level: 1,
      ledBy: 'team',
      author: 'user:default/priya.change',
      date: reviews.find(r => r.id === `release-${last}`)!.date,
      createdAt: '2031-01-02T00:00:00.000Z',
      publishedAt: '2031-01-02T00:00:00.000Z',
    }),
  );
  return listed(reviews);
}

const scope: ScopeVersion = {
  programmeId: 'p1',
  number: 1,
  processes: [
    { process: 'change', baselineLevel: 0, targetLevel: 3, targetDate: '' },
    { process: 'release', baselineLevel: 1, targetLevel: 3, targetDate: '' },
  ],
  objectives: [],
  outOfScope: [],
  milestones: [],
  resources: { coachDays: 10, budget: 0, notes: '' },
  assumptions: [],
  approvers: [],
  publishedBy: 'user:default/alex',
  publishedAt: '2026-09-01T00:00:00.000Z',
};

const histories: Array<[string, Review[]]> = [
  ['no reviews', []],
  ['drafts only', [review({ id: 'd', state: 'draft', level: undefined })]],
  ['one review', [review({ id: 'r1', ledBy: 'team' })]],
  [
    'an amendment',
    listed([
      review({ id: 'r1', level: 3 }),
      review({
        id: 'r1a',
        level: 1,
        amends: 'r1',
        createdAt: '2026-10-02T00:00:00.000Z',
        publishedAt: '2026-10-02T00:00:00.000Z',
      }),
      review({ id: 'c1', process: 'configuration', ledBy: 'co-led' }),
    ]),
  ],
  ['a short history', longHistory(5)],
  ['a long history', longHistory(40)],
];

describe('the review history', () => {
  it.each(histories)(
    'gives the maturity view of every review, trend windowed, with %s',
    (_name, reviews) => {
      for (const s of [
        undefined,
        { current: scope, status: 'agreed' as const },
      ]) {
        const whole = summariseMaturity({
          processes: BUILT_IN_MATURITY_MODEL,
          scope: s,
          reviews,
        });
        const windowed = summariseMaturityHistory({
          processes: BUILT_IN_MATURITY_MODEL,
          scope: s,
          history: reviewHistoryOf(reviews),
        });
        expect(windowed).toEqual({
          processes: whole.processes.map(p => ({
            ...p,
            trend: p.trend.slice(-TREND_WINDOW),
            trendTotal: p.trend.length,
          })),
        });
      }
    },
  );

  it.each(histories)(
    'gives the sustain status of every review with %s',
    (_name, reviews) => {
      const history = reviewHistoryOf(reviews, 2);
      for (const phase of ['establish', 'sustain'] as const) {
        for (const sustainSince of [null, '2024-01-03T10:00:00.000Z']) {
          const options = {
            phase,
            sustainSince,
            cadenceDays: 30,
            today: '2024-03-01',
          };
          expect(checkSustainHistory({ ...options, history })).toEqual(
            checkSustain({ ...options, reviews }),
          );
        }
      }
    },
  );

  it.each(histories)(
    'gives the fade-out and readiness of every review, trend windowed, with %s',
    (_name, reviews) => {
      const history = reviewHistoryOf(reviews, HISTORY_KEEP, [
        COACH.toUpperCase(),
      ]);
      const whole = coachFadeOut(reviews, [COACH.toUpperCase()]);
      expect(coachFadeOutHistory(history)).toEqual({
        ...whole,
        trend: whole.trend.slice(-TREND_WINDOW),
        trendTotal: whole.trend.length,
      });
      const processes = scope.processes.map(p => ({
        id: p.process,
        name: p.process,
      }));
      const ready = { items: [], coverage: [], processes };
      expect(
        exitReadiness({ ...ready, reviews: latestReviews(history) }),
      ).toEqual(exitReadiness({ ...ready, reviews }));
    },
  );

  it('keeps a fixed number of reviews per process, with the counts of all', () => {
    const history = reviewHistoryOf(longHistory(40), HISTORY_KEEP, []);
    expect(
      history.processes.map(p => [
        p.process,
        p.recent.length,
        p.published,
        p.drafts,
      ]),
    ).toEqual([
      ['change', HISTORY_KEEP, 40, 1],
      ['configuration', HISTORY_KEEP, 40, 1],
      ['release', HISTORY_KEEP, 40, 1],
    ]);
    expect(history.ranBy).toEqual({ coach: 0, team: expect.any(Number) });
    expect(latestAcrossProcesses(history, 5).map(r => r.id)).toEqual(
      effectiveReviews(longHistory(40))
        .slice(-5)
        .map(r => r.id),
    );
  });
});
