import type { Review } from '../review/reviewSchema';
import type { ScopeVersion } from '../scope/scopeSchema';
import { BUILT_IN_MATURITY_MODEL } from './builtInMaturityModel';
import { summariseMaturity } from './summariseMaturity';

const scope: ScopeVersion = {
  programmeId: 'p1',
  number: 2,
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
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
  resources: { coachDays: 10, budget: 0, notes: '' },
  assumptions: [],
  approvers: [],
  publishedBy: 'user:default/alex',
  publishedAt: '2026-09-01T00:00:00.000Z',
};

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
    author: 'user:default/alex',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    publishedAt: '2026-10-01T00:00:00.000Z',
    level: 1,
    ...overrides,
  };
}

describe('summariseMaturity', () => {
  it('lists every model process before there is a scope or a review', () => {
    const view = summariseMaturity({
      processes: BUILT_IN_MATURITY_MODEL,
      reviews: [],
    });
    expect(
      view.processes.map(p => [p.process, p.name, p.level, p.target]),
    ).toEqual([
      ['change', 'Change management', null, null],
      ['configuration', 'Configuration management', null, null],
      ['release', 'Release management', null, null],
    ]);
  });

  it('takes targets from the scope, levels from the latest published review, and keeps the trend', () => {
    const view = summariseMaturity({
      processes: BUILT_IN_MATURITY_MODEL,
      scope: { current: scope, status: 'agreed' },
      reviews: [
        review({
          id: 'r2',
          date: '2026-11-01',
          level: 2,
          ledBy: 'co-led',
          ratings: [
            { criterionId: 'change-1-1', coach: 'F', team: 'F' },
            { criterionId: 'change-2-1', coach: 'L', team: 'F' },
          ],
        }),
        review({ id: 'r1', date: '2026-10-01', level: 1 }),
        review({
          id: 'd',
          date: '2026-11-20',
          state: 'draft',
          level: undefined,
        }),
        review({ id: 'c1', process: 'configuration', level: 0 }),
      ],
    });
    expect(view.processes).toEqual([
      {
        process: 'change',
        name: 'Change management',
        level: 2,
        target: 3,
        baseline: 1,
        targetDate: '2027-06-30',
        targetAgreed: true,
        inScope: true,
        trend: [
          { date: '2026-10-01', level: 1, reviewId: 'r1' },
          { date: '2026-11-01', level: 2, reviewId: 'r2' },
        ],
        trendTotal: 2,
        calibrationGap: 0.5,
        lastReview: {
          id: 'r2',
          date: '2026-11-01',
          author: 'user:default/alex',
          ledBy: 'co-led',
        },
        drafts: 1,
      },
      expect.objectContaining({
        process: 'release',
        level: null,
        target: 2,
        inScope: true,
        trend: [],
        calibrationGap: null,
        drafts: 0,
      }),
      expect.objectContaining({
        process: 'configuration',
        level: 0,
        target: null,
        inScope: false,
        targetAgreed: false,
      }),
    ]);
  });

  it('marks targets of a scope still awaiting agreement as not agreed', () => {
    const view = summariseMaturity({
      processes: BUILT_IN_MATURITY_MODEL,
      scope: { current: scope, status: 'awaiting-agreement' },
      reviews: [],
    });
    expect(view.processes[0]).toMatchObject({ target: 3, targetAgreed: false });
  });

  it('uses an amendment in place of the review it corrects', () => {
    const view = summariseMaturity({
      processes: BUILT_IN_MATURITY_MODEL,
      reviews: [
        review({ id: 'r1', level: 3 }),
        review({
          id: 'r1a',
          level: 1,
          amends: 'r1',
          publishedAt: '2026-10-02T00:00:00.000Z',
        }),
      ],
    });
    expect(view.processes[0]).toMatchObject({
      level: 1,
      trend: [{ date: '2026-10-01', level: 1, reviewId: 'r1a' }],
    });
  });
});
