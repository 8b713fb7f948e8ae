import { describeLevelVsTarget, levelName } from './describeLevel';

describe('levelName', () => {
  it('names levels 0 to 5 and leaves others as numbers', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(levelName)).toEqual([
      '0 Incomplete',
      '1 Performed',
      '2 Managed',
      '3 Established',
      '4 Predictable',
      '5 Innovating',
      '6',
    ]);
  });
});

describe('describeLevelVsTarget', () => {
  it.each([
    [null, null, 'Not reviewed yet'],
    [null, 3, 'Not reviewed yet; target 3 Established'],
    [2, null, 'Level 2 Managed; no target in scope'],
    [2, 3, 'Level 2 Managed, target 3 Established: 1 level to go'],
    [0, 3, 'Level 0 Incomplete, target 3 Established: 3 levels to go'],
    [3, 3, 'Level 3 Established; target 3 Established reached'],
    [4, 3, 'Level 4 Predictable; target 3 Established reached'],
  ])('%s vs %s → %s', (level, target, words) => {
    expect(describeLevelVsTarget(level, target)).toBe(words);
  });
});
