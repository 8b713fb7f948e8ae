import type { CoachRating } from '../review/reviewRatingSchema';
import {
  computeLevel,
  LevelledRating,
  levelledRatings,
  levelsWithoutApplicableCriteria,
} from './computeLevel';

/**
 * Builds ratings from one string per level, e.g. ['FF', 'LL', 'PN']: `-` is
 * unrated, `A` is NA (not applicable).
 */
function rated(...levels: string[]): LevelledRating[] {
  return levels.flatMap((ratings, index) =>
    [...ratings].map(r => ({
      level: index + 1,
      rating:
        {
          '-': undefined,
          A: 'NA' as const,
        }[r] ?? (r as CoachRating),
    })),
  );
}

describe('computeLevel', () => {
  it.each([
    ['nothing rated', rated('--', '--', '--', '--', '--'), 0],
    ['all Not yet', rated('NN', 'NN', 'NN', 'NN', 'NN'), 0],
    ['level 1 only partly', rated('LP', 'NN', 'NN', 'NN', 'NN'), 0],
    ['level 1 largely', rated('LL', 'NN', 'NN', 'NN', 'NN'), 1],
    ['level 1 fully and largely', rated('FL', 'FF', 'FF', 'FF', 'FF'), 1],
    ['level 1 fully, level 2 largely', rated('FF', 'LF', 'NN', 'NN', 'NN'), 2],
    ['level 2 fully, level 3 partly', rated('FF', 'FF', 'FP', 'NN', 'NN'), 2],
    ['level 3 largely', rated('FF', 'FF', 'LL', 'PN', 'NN'), 3],
    ['level 4 largely', rated('FF', 'FF', 'FF', 'LF', 'NN'), 4],
    ['everything fully', rated('FF', 'FF', 'FF', 'FF', 'FF'), 5],
    ['level 5 largely', rated('FF', 'FF', 'FF', 'FF', 'LL'), 5],
    [
      'a gap below does not count higher levels',
      rated('FF', 'PF', 'FF', 'FF', 'FF'),
      1,
    ],
    [
      'an unrated criterion counts as Not yet',
      rated('F-', 'FF', 'FF', 'FF', 'FF'),
      0,
    ],
    [
      'an unrated criterion above the level is harmless',
      rated('FF', 'LL', '-N', '--', '--'),
      2,
    ],
    ['level 1 fully with one criterion', rated('F', 'L'), 2],
  ])('%s → level %i', (_name, ratings, expected) => {
    expect(computeLevel(ratings)).toBe(expected);
  });

  it('is 0 for no criteria at all', () => {
    expect(computeLevel([])).toBe(0);
  });

  it('cannot reach a level that has no criteria', () => {
    expect(computeLevel(rated('FF', 'FF', '', 'FF', 'FF'))).toBe(2);
  });

  it('does not depend on the order of the ratings', () => {
    const ratings = rated('FF', 'FF', 'LF', 'NN', 'NN');
    expect(computeLevel([...ratings].reverse())).toBe(3);
  });
});

describe('computeLevel with criteria not applicable (NA)', () => {
  it.each([
    [
      'an NA criterion does not hold level 1 back',
      rated('LA', 'NN', 'NN', 'NN', 'NN'),
      1,
    ],
    [
      'NA beside Partly still fails the level',
      rated('PA', 'NN', 'NN', 'NN', 'NN'),
      0,
    ],
    [
      'NA below does not stop Fully from counting',
      rated('FA', 'LL', 'NN', 'NN', 'NN'),
      2,
    ],
    [
      'NA where Partly would have failed level 2',
      rated('FF', 'LLA', 'PN', 'NN', 'NN'),
      2,
    ],
    [
      'the same ratings with the Partly criterion rated instead',
      rated('FF', 'LLP', 'PN', 'NN', 'NN'),
      1,
    ],
    [
      'NA at every level beside Fully reaches level 5',
      rated('FA', 'FA', 'AF', 'FA', 'LA'),
      5,
    ],
    [
      'a level with every criterion NA cannot be reached',
      rated('FF', 'AA', 'FF', 'FF', 'FF'),
      1,
    ],
    [
      'level 1 entirely NA gives level 0',
      rated('AA', 'FF', 'FF', 'FF', 'FF'),
      0,
    ],
    [
      'level 5 entirely NA stops at level 4',
      rated('FF', 'FF', 'FF', 'FF', 'AA'),
      4,
    ],
    [
      'every criterion NA gives level 0',
      rated('AA', 'AA', 'AA', 'AA', 'AA'),
      0,
    ],
    [
      'an unrated criterion beside NA still counts as Not yet',
      rated('A-', 'FF', 'FF', 'FF', 'FF'),
      0,
    ],
    [
      'NA above the level reached changes nothing',
      rated('FF', 'LP', 'AA', 'AF', 'AA'),
      1,
    ],
  ])('%s → level %i', (_name, ratings, expected) => {
    expect(computeLevel(ratings)).toBe(expected);
  });

  it('names the levels whose every criterion is NA', () => {
    expect(
      levelsWithoutApplicableCriteria(rated('FA', 'AA', '', 'A-', 'AA')),
    ).toEqual([2, 5]);
    expect(levelsWithoutApplicableCriteria([])).toEqual([]);
  });
});

describe('levelledRatings', () => {
  const criteria = [
    { id: 'x-1-1', level: 1, text: 'a' },
    { id: 'x-1-2', level: 1, text: 'b' },
    { id: 'x-2-1', level: 2, text: 'c' },
  ];

  it('pairs criteria with the coach rating and leaves unrated ones empty', () => {
    expect(
      levelledRatings(criteria, [
        { criterionId: 'x-1-1', coach: 'F', team: 'L' },
        { criterionId: 'x-2-1', coach: 'L' },
        { criterionId: 'unknown', coach: 'F' },
      ]),
    ).toEqual([
      { level: 1, rating: 'F' },
      { level: 1, rating: undefined },
      { level: 2, rating: 'L' },
    ]);
  });

  it('keeps NA for the coach and the team alike', () => {
    const ratings = [
      { criterionId: 'x-1-1', coach: 'NA' as const, team: 'F' as const },
      { criterionId: 'x-1-2', coach: 'L' as const, team: 'P' as const },
    ];
    expect(levelledRatings(criteria, ratings)).toEqual([
      { level: 1, rating: 'NA' },
      { level: 1, rating: 'L' },
      { level: 2, rating: undefined },
    ]);
    expect(levelledRatings(criteria, ratings, 'team')).toEqual([
      { level: 1, rating: 'NA' },
      { level: 1, rating: 'P' },
      { level: 2, rating: undefined },
    ]);
  });

  it('reads the team self-rating when asked', () => {
    expect(
      levelledRatings(
        criteria,
        [{ criterionId: 'x-1-1', coach: 'F', team: 'L' }],
        'team',
      )[0],
    ).toEqual({ level: 1, rating: 'L' });
  });
});
