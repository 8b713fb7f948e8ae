import { calibrationGap } from '../maturity/calibrationGap';
import { RATING_ORDER, type Rating } from '../maturity/maturityModelSchema';

/**
 * A coach's rating as a review holds it; anything but N to F has no gap.
 *
 * @public
 */
export type MedianGapRating = { criterionId: string; coach?: string };

const isRating = (value: string | null | undefined): value is Rating =>
  value === 'N' || value === 'P' || value === 'L' || value === 'F';

/**
 * How many rating steps the team's median sits from the coach's rating of
 * one criterion: positive when the team rates itself higher. `null` when
 * either is missing or not N to F (such as not applicable).
 *
 * @public
 */
export function medianGap(
  coach: string | undefined,
  median: string | null | undefined,
): number | null {
  if (!isRating(coach) || !isRating(median)) return null;
  return RATING_ORDER[median] - RATING_ORDER[coach];
}

/**
 * The calibration gap ({@link calibrationGap}) with the team's rating of
 * each criterion taken from its self-assessment median: the average steps
 * between the median and the coach's rating over the criteria that have
 * both. `null` when none has.
 *
 * @public
 */
export function calibrationGapFromMedians(
  ratings: readonly MedianGapRating[],
  criteria: ReadonlyArray<{ criterionId: string; median: Rating | null }>,
): number | null {
  const medians = new Map(criteria.map(c => [c.criterionId, c.median]));
  return calibrationGap(
    ratings.flatMap(r => {
      const median = medians.get(r.criterionId);
      return isRating(r.coach) && isRating(median)
        ? [{ coach: r.coach, team: median }]
        : [];
    }),
  );
}
