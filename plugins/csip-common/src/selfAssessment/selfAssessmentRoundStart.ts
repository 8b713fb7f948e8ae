/** A review as the round needs it. @public */
export type RoundReview = {
  process: string;
  state: string;
  publishedAt?: string;
  amends?: string;
};

/**
 * When the current round of self-assessment of `process` began: the
 * publication of its last published review (an amendment, which corrects a
 * review already published, starts no new round). `undefined` while none
 * is published: then every answer counts. Answers given since count
 * towards the next review.
 *
 * @public
 */
export function selfAssessmentRoundStart(
  reviews: readonly RoundReview[],
  process: string,
): string | undefined {
  let start: string | undefined;
  for (const review of reviews) {
    if (
      review.process === process &&
      review.state === 'published' &&
      !review.amends &&
      review.publishedAt &&
      (!start || review.publishedAt > start)
    ) {
      start = review.publishedAt;
    }
  }
  return start;
}
