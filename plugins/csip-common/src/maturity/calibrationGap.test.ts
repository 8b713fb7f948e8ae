import { calibrationGap, describeCalibrationGap } from './calibrationGap';

describe('calibrationGap', () => {
  it('is null without team ratings', () => {
    expect(calibrationGap([])).toBeNull();
    expect(calibrationGap([{ coach: 'F' }, { coach: 'L' }])).toBeNull();
  });

  it('averages team minus coach over the criteria both rated', () => {
    expect(
      calibrationGap([
        { coach: 'P', team: 'F' }, // +2
        { coach: 'L', team: 'L' }, // 0
        { coach: 'F', team: 'L' }, // -1
        { coach: 'N' }, // ignored
      ]),
    ).toBe(0.33);
  });

  it('is negative when the team rates itself lower', () => {
    expect(calibrationGap([{ coach: 'F', team: 'N' }])).toBe(-3);
  });

  it('leaves out criteria the coach rated not applicable', () => {
    expect(
      calibrationGap([
        { coach: 'NA', team: 'F' },
        { coach: 'L', team: 'F' },
      ]),
    ).toBe(1);
    expect(calibrationGap([{ coach: 'NA', team: 'N' }])).toBeNull();
  });

  it('is 0 when they agree', () => {
    expect(calibrationGap([{ coach: 'P', team: 'P' }])).toBe(0);
  });
});

describe('describeCalibrationGap', () => {
  it.each([
    [null, 'No team self-rating yet'],
    [0, 'The team and the coach rate alike'],
    [1, 'The team rates itself 1 step higher than the coach'],
    [0.5, 'The team rates itself 0.5 steps higher than the coach'],
    [-2, 'The team rates itself 2 steps lower than the coach'],
  ])('%s → %s', (gap, words) => {
    expect(describeCalibrationGap(gap)).toBe(words);
  });
});
