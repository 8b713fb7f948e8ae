import { describeReadiness } from './handoverLabels';
import {
  coachFadeOut,
  exitReadiness,
  knowledgeTransferScore,
  skillsCoverage,
  summitProgress,
} from './handoverScores';
import type { HandoverStatus } from './handoverSchema';

const item = (
  id: string,
  status: HandoverStatus,
  weight = 1,
  critical = false,
) => ({ id, title: `Item ${id}`, status, weight, critical });

describe('knowledgeTransferScore', () => {
  it.each([
    ['an empty checklist', [], 0],
    ['nothing started', [item('a', 'not-started')], 0],
    ['in progress', [item('a', 'in-progress')], 25],
    ['demonstrated', [item('a', 'demonstrated')], 75],
    ['verified', [item('a', 'verified')], 100],
    ['weights', [item('a', 'verified', 3), item('b', 'not-started', 1)], 75],
    [
      'a mix, rounded to one decimal',
      [
        item('a', 'verified', 2),
        item('b', 'demonstrated', 3),
        item('c', 'in-progress', 1),
      ],
      // (2×1 + 3×0.75 + 1×0.25) / 6 = 4.5 / 6
      75,
    ],
    [
      'thirds',
      [
        item('a', 'verified'),
        item('b', 'not-started'),
        item('c', 'not-started'),
      ],
      33.3,
    ],
  ])('%s → %s', (_name, items, score) => {
    expect(knowledgeTransferScore(items)).toBe(score);
  });
});

describe('skillsCoverage', () => {
  const people = [
    {
      userRef: 'user:default/a',
      skills: { change: 'expert', release: 'proficient' },
    },
    {
      userRef: 'user:default/b',
      skills: { change: 'proficient', release: 'developing' },
    },
    {
      userRef: 'user:default/c',
      skills: { change: 'novice', configuration: 'developing' },
    },
  ] as const;

  it('covers with two proficient-or-better, is at risk with one, a gap with none', () => {
    expect(
      skillsCoverage(
        people.map(p => ({ ...p, skills: { ...p.skills } })),
        ['change', 'release', 'configuration'],
      ),
    ).toEqual([
      {
        process: 'change',
        status: 'covered',
        proficient: ['user:default/a', 'user:default/b'],
      },
      { process: 'release', status: 'at-risk', proficient: ['user:default/a'] },
      { process: 'configuration', status: 'gap', proficient: [] },
    ]);
  });

  it('is a gap everywhere with an empty matrix', () => {
    expect(skillsCoverage([], ['change'])).toEqual([
      { process: 'change', status: 'gap', proficient: [] },
    ]);
  });
});

const review = (
  id: string,
  process: string,
  date: string,
  ledBy: 'coach' | 'co-led' | 'team',
  extra: {
    state?: 'draft' | 'published';
    amends?: string;
    author?: string;
  } = {},
) => ({ id, process, date, ledBy, state: 'published' as const, ...extra });

describe('coachFadeOut', () => {
  it('is null without published reviews', () => {
    expect(
      coachFadeOut([
        review('d', 'change', '2026-01-01', 'team', { state: 'draft' }),
      ]),
    ).toEqual({
      share: null,
      trend: [],
      trendTotal: 0,
      ranBy: { coach: 0, team: 0 },
    });
  });

  it('counts who actually ran the reviews: the coach, or the team without the coach', () => {
    const coach = 'user:default/alex.coach';
    const lead = 'user:default/priya.change';
    const fade = coachFadeOut(
      [
        review('1', 'change', '2026-01-01', 'coach', { author: coach }),
        review('2', 'change', '2026-02-01', 'team', {
          author: 'User:Default/Alex.Coach',
        }),
        review('3', 'release', '2026-03-01', 'team', { author: lead }),
        review('4', 'release', '2026-04-01', 'co-led', { author: lead }),
        review('5', 'release', '2026-05-01', 'team', {
          author: lead,
          state: 'draft',
        }),
      ],
      [coach],
    );
    expect(fade.ranBy).toEqual({ coach: 2, team: 1 });
  });

  it('takes the latest review of each process and a rolling trend of three', () => {
    const fade = coachFadeOut([
      review('1', 'change', '2026-01-01', 'coach'),
      review('2', 'release', '2026-02-01', 'coach'),
      review('3', 'change', '2026-03-01', 'co-led'),
      review('4', 'release', '2026-04-01', 'team'),
      review('5', 'configuration', '2026-05-01', 'coach'),
    ]);
    // latest: change co-led, release team, configuration coach → 2 of 3
    expect(fade.share).toBe(0.67);
    expect(fade.trend.map(t => t.share)).toEqual([0, 0, 0.33, 0.67, 0.67]);
  });

  it('counts an amendment in place of the review it corrects', () => {
    expect(
      coachFadeOut([
        review('1', 'change', '2026-01-01', 'coach'),
        review('1a', 'change', '2026-01-01', 'team', { amends: '1' }),
      ]).share,
    ).toBe(1);
  });
});

describe('exitReadiness', () => {
  const processes = [
    { id: 'change', name: 'Change management' },
    { id: 'release', name: 'Release management' },
  ];
  const covered = [
    { process: 'change', status: 'covered' as const, proficient: ['a', 'b'] },
    { process: 'release', status: 'covered' as const, proficient: ['a', 'b'] },
  ];
  const teamLedReviews = [
    review('1', 'change', '2026-01-01', 'team'),
    review('2', 'release', '2026-01-01', 'co-led'),
  ];

  it('is ready when every rule holds', () => {
    expect(
      exitReadiness({
        items: [item('a', 'verified', 3, true), item('b', 'demonstrated', 1)],
        coverage: covered,
        processes,
        reviews: teamLedReviews,
      }),
    ).toEqual({ ready: true, blockers: [] });
  });

  it('lists every blocking reason with where it is fixed', () => {
    const readiness = exitReadiness({
      items: [item('a', 'demonstrated', 3, true), item('b', 'not-started', 1)],
      coverage: [
        { process: 'change', status: 'at-risk', proficient: ['a'] },
        { process: 'release', status: 'gap', proficient: [] },
      ],
      processes,
      reviews: [review('1', 'change', '2026-01-01', 'coach')],
    });
    expect(readiness.ready).toBe(false);
    expect(readiness.blockers).toEqual([
      {
        code: 'critical-item-not-verified',
        message: 'Critical item not yet verified by the coach: Item a',
        fix: 'checklist',
        itemId: 'a',
      },
      {
        code: 'score-below-threshold',
        message: 'Knowledge-transfer score is 56.3 %; 80 % is needed',
        fix: 'checklist',
      },
      {
        code: 'process-not-covered',
        message:
          'Change management has one person proficient or better; two are needed',
        fix: 'skills',
        process: 'change',
      },
      {
        code: 'process-not-covered',
        message:
          'Release management has nobody proficient or better; two are needed',
        fix: 'skills',
        process: 'release',
      },
      {
        code: 'review-led-by-coach',
        message:
          'The latest Change management review was led by the coach; the team should lead or co-lead the next one',
        fix: 'reviews',
        process: 'change',
      },
      {
        code: 'process-not-reviewed',
        message:
          'Release management has no published review yet; the latest must be led by the team or co-led',
        fix: 'reviews',
        process: 'release',
      },
    ]);
  });

  it('treats a score of exactly 80 as enough', () => {
    const readiness = exitReadiness({
      items: [item('a', 'verified', 4), item('b', 'not-started', 1)],
      coverage: covered,
      processes,
      reviews: teamLedReviews,
    });
    expect(readiness).toEqual({ ready: true, blockers: [] });
  });

  it('is not ready before there is a scope', () => {
    expect(
      exitReadiness({
        items: [],
        coverage: [],
        processes: [],
        reviews: [],
      }).blockers.map(b => b.code),
    ).toEqual(['no-scope', 'score-below-threshold']);
  });
});

describe('summitProgress', () => {
  it('is null at the start, before there are targets', () => {
    expect(summitProgress([])).toEqual({
      percent: null,
      camp: 'start',
      processes: [],
    });
  });

  it('averages (current − baseline) / (target − baseline) per process', () => {
    expect(
      summitProgress([
        { process: 'change', level: 2, baseline: 1, target: 3 }, // 50
        { process: 'release', level: null, baseline: 0, target: 2 }, // 0
        { process: 'configuration', level: 2, baseline: 0, target: 2 }, // 100
        { process: 'incident', level: 3, baseline: null, target: null }, // not in scope
      ]),
    ).toEqual({
      percent: 50,
      camp: 'base-camp',
      processes: [
        { process: 'change', percent: 50 },
        { process: 'release', percent: 0 },
        { process: 'configuration', percent: 100 },
      ],
    });
  });

  it.each([
    [0, 'start'],
    [23, 'start'],
    [24, 'base-camp'],
    [54, 'base-camp'],
    [55, 'camp-2'],
    [85, 'camp-3'],
    [99, 'camp-3'],
    [100, 'summit'],
  ])('%i %% is at %s', (percent, camp) => {
    // One process from 0 to 100 so that the level is the percentage.
    expect(
      summitProgress([
        { process: 'x', level: percent, baseline: 0, target: 100 },
      ]).camp,
    ).toBe(camp);
  });

  it('keeps a process below its baseline at 0 and above its target at 100', () => {
    expect(
      summitProgress([
        { process: 'a', level: 0, baseline: 1, target: 3 },
        { process: 'b', level: 5, baseline: 1, target: 3 },
      ]).processes.map(p => p.percent),
    ).toEqual([0, 100]);
  });
});

describe('describeReadiness', () => {
  it.each([
    [{ ready: true, blockers: 0 }, undefined, 'Ready'],
    [
      { ready: true, blockers: 0 },
      'Ready for the coach to leave',
      'Ready for the coach to leave',
    ],
    [{ ready: false, blockers: 1 }, undefined, 'Not ready: 1 blocker'],
    [{ ready: false, blockers: 3 }, undefined, 'Not ready: 3 blockers'],
    [{ ready: false, blockers: 0 }, undefined, 'Not ready'],
  ])('%o → %s', (readiness, readyText, words) => {
    expect(describeReadiness(readiness, readyText)).toBe(words);
  });
});
