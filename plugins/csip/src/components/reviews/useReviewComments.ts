import type { ReviewComment } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The comments on one review, oldest first; `retry` loads them again, such
 * as after a comment was added.
 *
 * @internal
 */
export function useReviewComments(
  reviewId: string,
): CsipQuery<ReviewComment[]> {
  return useCsipQuery(
    async api => (await api.listReviewComments(reviewId)).items,
    [reviewId],
  );
}
