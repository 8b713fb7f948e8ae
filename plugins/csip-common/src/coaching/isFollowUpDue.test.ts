import { isFollowUpDue } from './isFollowUpDue';

describe('isFollowUpDue', () => {
  it.each([
    ['2026-12-01', undefined, true],
    ['2026-11-30', undefined, true],
    ['2026-12-02', undefined, false],
    ['2026-11-01', 'kept', false],
    ['2026-11-01', 'not-yet', false],
  ])('on %s with outcome %s → %s', (followUpOn, outcome, due) => {
    expect(isFollowUpDue({ followUpOn, outcome }, '2026-12-01')).toBe(due);
  });
});
