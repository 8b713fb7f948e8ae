import { useApi } from '@backstage/frontend-plugin-api';
import type { Review } from '@csip-coach/plugin-csip-common';
import { csipApiRef, type CsipApi } from '../../api';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/** What starting a review sends: its process, date and who leads it. */
export type ReviewStart = Parameters<CsipApi['createReview']>[1];

/**
 * Every review of the programme, drafts included, as the API lists them,
 * and `create` to start a draft (the list then loads again).
 *
 * @internal
 */
export function useReviews(
  programmeId: string,
): CsipQuery<Review[]> & { create(review: ReviewStart): Promise<Review> } {
  const csipApi = useApi(csipApiRef);
  const reviews = useCsipQuery(
    async api => (await api.listReviews(programmeId)).items,
    [programmeId],
  );
  const create = async (review: ReviewStart) => {
    const draft = await csipApi.createReview(programmeId, review);
    reviews.retry();
    return draft;
  };
  return { ...reviews, create };
}

/**
 * One review, for the Reviews tab's opened review.
 *
 * @internal
 */
export function useReview(reviewId: string): CsipQuery<Review> {
  return useCsipQuery(api => api.getReview(reviewId), [reviewId]);
}
