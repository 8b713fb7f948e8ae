import { computeLevel, LevelledRating, levelledRatings } from './computeLevel';
import type { Rating } from './maturityModelSchema';

/** Builds ratings from one string per level, e.g. ['FF', 'LL', 'PN']. */
function rated(...levels: string[]): LevelledRating[] {
  return levels.flatMap((ratings, index) =>
    [...ratings].map(r => ({
      level: index + 1,
      rating: r === '-' ? undefined : (r as Rating),
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
