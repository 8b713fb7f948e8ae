import type { Action, FollowUp, Review } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/** What a new review of a process opens with. */
export type SinceLastReview = {
  /**
   * The process's commitments without an outcome (soonest follow-up first),
   * then those whose outcome was recorded since the previous review.
   */
  commitments: FollowUp[];
  /**
   * The actions the previous published review agreed (and, for an
   * amendment, the review it amends), as the action register has them now.
   */
  actions: Action[];
};

/**
 * The open commitments of one process and the actions of its previous
 * published review with their status now, for the review editor to open
 * with; no actions without a previous review.
 *
 * @internal
 */
export function useSinceLastReview(
  programmeId: string,
  process: string,
  previous?: Pick<Review, 'id' | 'amends' | 'date' | 'publishedAt'>,
): CsipQuery<SinceLastReview> {
  const previousId = previous?.id;
  const amends = previous?.amends;
  // Outcomes recorded after the previous review was published count as
  // news for this one (every outcome, before any review).
  const since = previous ? previous.publishedAt ?? previous.date : '';
  return useCsipQuery(
    async api => {
      const reviewIds = [previousId, amends].filter(Boolean);
      const [followUps, actions] = await Promise.all([
        api.listFollowUps(programmeId),
        reviewIds.length ? api.listActions(programmeId) : { items: [] },
      ]);
      return {
        commitments: [
          ...followUps.items
            .filter(f => f.process === process && !f.outcome)
            .sort((a, b) => a.followUpOn.localeCompare(b.followUpOn)),
          ...followUps.items.filter(
            f =>
              f.process === process && f.outcome && (f.outcomeAt ?? '') > since,
          ),
        ],
        actions: actions.items.filter(
          a =>
            a.source.type === 'review' && reviewIds.includes(a.source.reviewId),
        ),
      };
    },
    [programmeId, process, previousId, amends, since],
  );
}
