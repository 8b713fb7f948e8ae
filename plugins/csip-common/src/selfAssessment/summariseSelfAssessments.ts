import { RATING_ORDER, type Rating } from '../maturity/maturityModelSchema';
import {
  SELF_ASSESSMENT_GROUP_MIN,
  type SelfAssessmentCriterion,
  type SelfAssessmentDisagreement,
  type SelfAssessmentSummary,
  type SelfRating,
  type SelfRatingCounts,
} from './selfAssessmentSchema';

/** The ratings N to F from lowest to highest. */
const ORDERED: readonly Rating[] = ['N', 'P', 'L', 'F'];

/** How many disagreements the summary lists. */
const DISAGREEMENTS_SHOWN = 5;

/** One answer as the summary needs it: no respondent. @public */
export type SelfAssessmentInput = {
  anonymous: boolean;
  ratings: ReadonlyArray<{ criterionId: string; rating: SelfRating }>;
};

/**
 * The median of ratings on the order `N < P < L < F`, `NA` left out; of an
 * even number, the lower of the two middle ratings (the cautious one, as a
 * level needs evidence). `null` when no rating is N to F.
 *
 * @public
 */
export function medianRating(ratings: readonly SelfRating[]): Rating | null {
  const sorted = ratings
    .filter((r): r is Rating => r !== 'NA')
    .sort((a, b) => RATING_ORDER[a] - RATING_ORDER[b]);
  if (sorted.length === 0) return null;
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Counts of each rating, every rating present. */
function countRatings(ratings: readonly SelfRating[]): SelfRatingCounts {
  const counts: SelfRatingCounts = { N: 0, P: 0, L: 0, F: 0, NA: 0 };
  for (const rating of ratings) counts[rating]++;
  return counts;
}

/** The lowest and highest rating given (NA aside), if any. */
function range(counts: SelfRatingCounts) {
  const given = ORDERED.filter(r => counts[r] > 0);
  return given.length
    ? { lowest: given[0], highest: given[given.length - 1] }
    : undefined;
}

/** How many counted ratings differ from the median: a tie-break for spread. */
function offMedian(criterion: SelfAssessmentCriterion): number {
  return ORDERED.reduce(
    (sum, r) => sum + (r === criterion.median ? 0 : criterion.counts[r]),
    0,
  );
}

/**
 * The answers that count under the anonymity rule: all of them when at
 * least {@link SELF_ASSESSMENT_GROUP_MIN} people answered; otherwise the
 * named ones only, and how many anonymous answers were withheld.
 *
 * @public
 */
export function countedAnswers<T extends { anonymous: boolean }>(
  answers: readonly T[],
): { counted: T[]; anonymousWithheld: number } {
  if (answers.length >= SELF_ASSESSMENT_GROUP_MIN) {
    return { counted: [...answers], anonymousWithheld: 0 };
  }
  const counted = answers.filter(a => !a.anonymous);
  return { counted, anonymousWithheld: answers.length - counted.length };
}

/**
 * The team's self-assessment of one process from the answers of the round:
 * per criterion of the process (in `criterionIds` order) the counts of each
 * rating, the median and the spread; and the criteria the team disagrees on
 * most (widest spread first, then most ratings away from the median, then
 * the model's order). Anonymous answers count only in a group of at least
 * {@link SELF_ASSESSMENT_GROUP_MIN}; ratings of criteria not in
 * `criterionIds` are ignored. Names nobody.
 *
 * @public
 */
export function summariseSelfAssessments(input: {
  process: string;
  criterionIds: readonly string[];
  answers: readonly SelfAssessmentInput[];
}): Omit<SelfAssessmentSummary, 'since' | 'mine'> {
  const { counted, anonymousWithheld } = countedAnswers(input.answers);
  const criteria = input.criterionIds.map(
    (criterionId): SelfAssessmentCriterion => {
      const ratings = counted.flatMap(answer =>
        answer.ratings
          .filter(r => r.criterionId === criterionId)
          .map(r => r.rating),
      );
      const counts = countRatings(ratings);
      const given = range(counts);
      return {
        criterionId,
        counts,
        median: medianRating(ratings),
        spread: given
          ? RATING_ORDER[given.highest] - RATING_ORDER[given.lowest]
          : 0,
      };
    },
  );
  const disagreements = criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion }) => criterion.spread > 0)
    .sort(
      (a, b) =>
        b.criterion.spread - a.criterion.spread ||
        offMedian(b.criterion) - offMedian(a.criterion) ||
        a.index - b.index,
    )
    .slice(0, DISAGREEMENTS_SHOWN)
    .map(({ criterion }): SelfAssessmentDisagreement => {
      const { lowest, highest } = range(criterion.counts)!;
      return {
        criterionId: criterion.criterionId,
        spread: criterion.spread,
        lowest,
        highest,
      };
    });
  return {
    process: input.process,
    respondents: counted.length,
    anonymousWithheld,
    criteria,
    disagreements,
  };
}
