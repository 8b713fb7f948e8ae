import {
  effectiveReviews,
  type AdviceEntry,
  type AdviceResponse,
  type Review,
} from '@csip-coach/plugin-csip-common';

/**
 * The advice log of a programme: every growth suggestion of its published
 * reviews that count (an amendment in place of the review it amends),
 * newest review first and each review's suggestions in order, with the
 * team's latest response and how many they recorded.
 *
 * Responses given to a review that was later amended stay with that review
 * (its history) and are not carried over to the amendment: the amendment's
 * suggestions may differ, so the team responds to them afresh.
 *
 * @internal
 */
export function adviceLog(
  reviews: readonly Review[],
  responses: readonly AdviceResponse[],
): AdviceEntry[] {
  const bySuggestion = new Map<string, AdviceResponse[]>();
  for (const response of responses) {
    const key = `${response.reviewId}/${response.index}`;
    bySuggestion.set(key, [...(bySuggestion.get(key) ?? []), response]);
  }
  return effectiveReviews(reviews)
    .reverse()
    .flatMap(review =>
      review.suggestions.map((suggestion, index) => {
        const history = (bySuggestion.get(`${review.id}/${index}`) ?? []).sort(
          (a, b) => a.seq - b.seq,
        );
        const latest = history[history.length - 1];
        return {
          reviewId: review.id,
          process: review.process,
          date: review.date,
          index,
          technique: suggestion.technique,
          advice: suggestion.advice,
          ...(latest && { latest }),
          responses: history.length,
        };
      }),
    );
}
