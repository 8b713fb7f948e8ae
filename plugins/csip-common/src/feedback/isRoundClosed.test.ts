import { isRoundClosed } from './isRoundClosed';

describe('isRoundClosed', () => {
  it.each([
    ['2026-12-01', '2026-12-02', true],
    ['2026-12-02', '2026-12-02', false],
    ['2026-12-03', '2026-12-02', false],
  ])('a round closing on %s, on %s: closed %s', (closesOn, today, closed) => {
    expect(isRoundClosed({ closesOn }, today)).toBe(closed);
  });
});
