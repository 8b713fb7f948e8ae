import type {
  CoachRating,
  ProcessDefinition,
  Rating,
  RatingEvidence,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';

/**
 * The ratings in the order of the process's criteria, followed by ratings
 * of criteria the process no longer lists (kept, not dropped).
 */
function ordered(
  process: ProcessDefinition,
  byId: Map<string, ReviewRating>,
): ReviewRating[] {
  const known = process.criteria
    .map(c => byId.get(c.id))
    .filter((r): r is ReviewRating => Boolean(r));
  const ids = new Set(process.criteria.map(c => c.id));
  return [...known, ...[...byId.values()].filter(r => !ids.has(r.criterionId))];
}

function change(
  process: ProcessDefinition,
  ratings: readonly ReviewRating[],
  criterionIds: readonly string[],
  update: (current: ReviewRating | undefined, id: string) => ReviewRating,
): ReviewRating[] {
  const byId = new Map(ratings.map(r => [r.criterionId, r]));
  for (const id of criterionIds) {
    byId.set(id, update(byId.get(id), id));
  }
  return ordered(process, byId);
}

/**
 * A rating with the coach's value set: rated Not applicable it gets an
 * empty reason to fill in (or keeps its reason); rated otherwise it loses
 * the reason, which only goes with NA.
 */
function rated(
  current: ReviewRating | undefined,
  criterionId: string,
  coach: CoachRating,
): ReviewRating {
  const { naReason, ...rest } = current ?? { criterionId, coach };
  return {
    ...rest,
    criterionId,
    coach,
    ...(coach === 'NA' && { naReason: naReason ?? '' }),
  };
}

/** The coach's rating of one criterion set, keeping the team's and the evidence. */
export function withCoachRating(
  process: ProcessDefinition,
  ratings: readonly ReviewRating[],
  criterionId: string,
  coach: CoachRating,
): ReviewRating[] {
  return change(process, ratings, [criterionId], (current, id) =>
    rated(current, id, coach),
  );
}

/**
 * Why a criterion rated Not applicable does not apply, or the evidence of a
 * rating, changed. A criterion the coach has not rated yet gets Not yet
 * from the coach, which is what unrated counts as.
 */
export function withRatingDetails(
  process: ProcessDefinition,
  ratings: readonly ReviewRating[],
  criterionId: string,
  details: { naReason?: string; evidence?: RatingEvidence[] },
): ReviewRating[] {
  return change(process, ratings, [criterionId], (current, id) => ({
    ...current,
    criterionId: id,
    coach: current?.coach ?? 'N',
    ...details,
  }));
}

/**
 * The team's rating of one criterion set. A criterion the coach has not
 * rated yet gets Not yet from the coach, which is what unrated counts as.
 */
export function withTeamRating(
  process: ProcessDefinition,
  ratings: readonly ReviewRating[],
  criterionId: string,
  team: Rating,
): ReviewRating[] {
  return change(process, ratings, [criterionId], (current, id) => ({
    ...current,
    criterionId: id,
    coach: current?.coach ?? 'N',
    team,
  }));
}

/** Every criterion of one level rated the same by the coach. */
export function withLevelRated(
  process: ProcessDefinition,
  ratings: readonly ReviewRating[],
  level: number,
  coach: Rating,
): ReviewRating[] {
  const ids = process.criteria.filter(c => c.level === level).map(c => c.id);
  return change(process, ratings, ids, (current, id) =>
    rated(current, id, coach),
  );
}
