import type { Programme, Review } from '@csip-coach/plugin-csip-common';
import type { ReactNode } from 'react';
import { LoadState } from '../../shared';
import { AdviceEntries } from '../AdviceEntries';
import { useAdvice } from '../useAdvice';

/** @internal */
export type ReviewAdviceProps = {
  programme: Pick<Programme, 'id' | 'members'>;
  /** A published review that has not been amended. */
  review: Pick<Review, 'id'>;
  /** The id of the heading that names the suggestions. */
  labelledBy: string;
  /** What shows when the advice log has none of the review's suggestions. */
  fallback: ReactNode;
};

/**
 * The growth suggestions of a published review, each with the team's
 * latest response from the advice log, and a way for the team to respond.
 *
 * @internal
 */
export const ReviewAdvice = ({
  programme,
  review,
  labelledBy,
  fallback,
}: ReviewAdviceProps) => {
  const advice = useAdvice(programme.id);
  return (
    <LoadState state={advice} errorTitle="Could not load the team’s responses">
      {entries => {
        const mine = entries.filter(e => e.reviewId === review.id);
        return mine.length ? (
          <AdviceEntries
            programme={programme}
            entries={mine}
            labelledBy={labelledBy}
            reasonId="csip-review-advice-why"
            onChanged={advice.retry}
          />
        ) : (
          fallback
        );
      }}
    </LoadState>
  );
};
