import type { Criterion, Rating } from './maturityModelSchema';

/** A criterion's level with the rating it was given, if any. @public */
export type LevelledRating = {
  level: number;
  /** Unrated criteria count as N (Not yet). */
  rating?: Rating;
};

const isLargelyOrFully = (r?: Rating) => r === 'L' || r === 'F';

/**
 * The capability level by the ISO/IEC 33020 rule: a process is at level k
 * when every criterion of level k is rated Largely or Fully and every
 * criterion of every level below k is rated Fully; the level is the highest
 * such k, or 0 when level 1 is not reached. A level without criteria cannot
 * be reached.
 *
 * @public
 */
export function computeLevel(ratings: LevelledRating[]): number {
  let level = 0;
  for (let k = 1; k <= 5; k++) {
    const atK = ratings.filter(r => r.level === k);
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
 * Pairs every criterion of a process with the rating a review gave it, for
 * {@link computeLevel}; criteria the review did not rate count as Not yet.
 *
 * @public
 */
export function levelledRatings(
  criteria: ReadonlyArray<Pick<Criterion, 'id' | 'level'>>,
  ratings: ReadonlyArray<{
    criterionId: string;
    coach?: Rating;
    team?: Rating;
  }>,
  who: 'coach' | 'team' = 'coach',
): LevelledRating[] {
  const byId = new Map(ratings.map(r => [r.criterionId, r[who]]));
  return criteria.map(c => ({ level: c.level, rating: byId.get(c.id) }));
}
