import type { CoachRating } from '../review/reviewRatingSchema';
import type { Criterion, Rating } from './maturityModelSchema';

/** A criterion's level with the rating it was given, if any. @public */
export type LevelledRating = {
  level: number;
  /** Unrated criteria count as N (Not yet); `NA` ones are left out. */
  rating?: CoachRating;
};

const isLargelyOrFully = (r?: CoachRating) => r === 'L' || r === 'F';

/**
 * The capability level by the ISO/IEC 33020 rule: a process is at level k
 * when every applicable criterion of level k is rated Largely or Fully and
 * every applicable criterion of every level below k is rated Fully; the
 * level is the highest such k, or 0 when level 1 is not reached.
 *
 * Criteria rated `NA` (not applicable) are left out: the level is decided
 * by the applicable criteria alone. A level without applicable criteria
 * cannot be reached — neither a level without criteria nor one whose every
 * criterion is `NA`: nothing at that level was assessed, so nothing shows it
 * is achieved, and rating a whole level `NA` cannot lift a process past it.
 * The coach rates at least one criterion of such a level instead.
 *
 * @public
 */
export function computeLevel(ratings: LevelledRating[]): number {
  let level = 0;
  for (let k = 1; k <= 5; k++) {
    const atK = ratings.filter(r => r.level === k && r.rating !== 'NA');
    if (atK.length === 0 || !atK.every(r => isLargelyOrFully(r.rating))) {
      break;
    }
    level = k;
    if (!atK.every(r => r.rating === 'F')) {
      break;
    }
  }
  return level;
}

/**
 * The levels (1 to 5) that have criteria but none applicable: every one is
 * rated `NA`, so {@link computeLevel} cannot reach them.
 *
 * @public
 */
export function levelsWithoutApplicableCriteria(
  ratings: readonly LevelledRating[],
): number[] {
  return [1, 2, 3, 4, 5].filter(k => {
    const atK = ratings.filter(r => r.level === k);
    return atK.length > 0 && atK.every(r => r.rating === 'NA');
  });
}

/**
 * Pairs every criterion of a process with the rating a review gave it, for
 * {@link computeLevel}; criteria the review did not rate count as Not yet.
 * A criterion the coach rated `NA` is `NA` for the team's level too: it does
 * not apply, whoever rates.
 *
 * @public
 */
export function levelledRatings(
  criteria: ReadonlyArray<Pick<Criterion, 'id' | 'level'>>,
  ratings: ReadonlyArray<{
    criterionId: string;
    coach?: CoachRating;
    team?: Rating;
  }>,
  who: 'coach' | 'team' = 'coach',
): LevelledRating[] {
  const byId = new Map(
    ratings.map(r => [r.criterionId, r.coach === 'NA' ? 'NA' : r[who]]),
  );
  return criteria.map(c => ({ level: c.level, rating: byId.get(c.id) }));
}
