import { ConfigReader } from '@backstage/config';
import { readReviewCadenceDays } from './readReviewCadenceDays';

const read = (reviewCadenceDays?: unknown) =>
  readReviewCadenceDays(
    new ConfigReader(
      reviewCadenceDays === undefined
        ? {}
        : { csip: { sustain: { reviewCadenceDays } } },
    ),
  );

describe('readReviewCadenceDays', () => {
  it('reads csip.sustain.reviewCadenceDays, 90 by default', () => {
    expect(read()).toBe(90);
    expect(read(30)).toBe(30);
  });

  it('stops the backend on anything but whole days from 1 to 3650', () => {
    for (const bad of [0, -5, 1.5, 3651]) {
      expect(() => read(bad)).toThrow(
        /^Invalid csip\.sustain\.reviewCadenceDays: /,
      );
    }
    expect(() => read('often')).toThrow(/reviewCadenceDays/);
  });
});
