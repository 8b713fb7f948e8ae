import type { CoachRating } from '../review/reviewRatingSchema';
import { RATING_ORDER, type Rating } from './maturityModelSchema';

/**
 * How far the team's self-rating sits from the coach's, in rating steps
 * (N, P, L, F are one step apart), averaged over the criteria both rated.
 * Positive: the team rates itself higher than the coach does; negative:
 * lower. Criteria the coach rated `NA` (not applicable) are left out.
 * `null` when no criterion carries both ratings.
 *
 * @public
 */
export function calibrationGap(
  ratings: ReadonlyArray<{ coach?: CoachRating; team?: Rating }>,
): number | null {
  const pairs = ratings.flatMap(({ coach, team }) =>
    coach && coach !== 'NA' && team ? [{ coach, team }] : [],
  );
  if (pairs.length === 0) return null;
  const total = pairs.reduce(
    (sum, r) => sum + RATING_ORDER[r.team] - RATING_ORDER[r.coach],
    0,
  );
  return Math.round((total / pairs.length) * 100) / 100;
}

/**
 * The calibration gap in words, for people: "The team rates itself 0.5 steps
 * higher than the coach".
 *
 * @public
 */
export function describeCalibrationGap(gap: number | null): string {
  if (gap === null) return 'No team self-rating yet';
  if (gap === 0) return 'The team and the coach rate alike';
  const steps = Math.abs(gap);
  return `The team rates itself ${steps} step${steps === 1 ? '' : 's'} ${
    gap > 0 ? 'higher' : 'lower'
  } than the coach`;
}
