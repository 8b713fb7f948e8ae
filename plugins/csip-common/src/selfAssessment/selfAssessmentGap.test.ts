import { calibrationGapFromMedians, medianGap } from './selfAssessmentGap';

describe('medianGap', () => {
  it.each([
    ['P', 'F', 2],
    ['F', 'N', -3],
    ['L', 'L', 0],
    [undefined, 'L', null],
    ['L', null, null],
    ['NA', 'L', null],
  ] as const)('coach %s, median %s → %s', (coach, median, gap) => {
    expect(medianGap(coach, median)).toBe(gap);
  });
});

describe('calibrationGapFromMedians', () => {
  it('averages median minus coach over the criteria with both', () => {
    expect(
      calibrationGapFromMedians(
        [
          { criterionId: 'a', coach: 'P' }, // median F: +2
          { criterionId: 'b', coach: 'L' }, // median L: 0
          { criterionId: 'c', coach: 'F' }, // median L: -1
          { criterionId: 'd', coach: 'N' }, // no median
          { criterionId: 'e', coach: 'NA' }, // not applicable
        ],
        [
          { criterionId: 'a', median: 'F' },
          { criterionId: 'b', median: 'L' },
          { criterionId: 'c', median: 'L' },
          { criterionId: 'd', median: null },
          { criterionId: 'e', median: 'F' },
        ],
      ),
    ).toBe(0.33);
  });

  it('is null when no criterion has both', () => {
    expect(calibrationGapFromMedians([], [])).toBeNull();
    expect(
      calibrationGapFromMedians(
        [{ criterionId: 'a', coach: 'L' }],
        [{ criterionId: 'a', median: null }],
      ),
    ).toBeNull();
  });
});
