import { Link } from '@backstage/core-components';
import type { ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

/** @internal */
export type ReviewLinkProps = {
  /** The review to open; without it, the link goes back to all reviews. */
  reviewId?: string;
  children: ReactNode;
  /** An accessible name when the visible text alone is ambiguous. */
  'aria-label'?: string;
};

/**
 * A link to one review in the programme's Reviews tab (`?tab=reviews&review=`),
 * keeping the other query parameters, so a review can be linked to and opened
 * in a new browser tab. It replaces the history entry, like the tabs do.
 *
 * @internal
 */
export const ReviewLink = ({
  reviewId,
  children,
  'aria-label': ariaLabel,
}: ReviewLinkProps) => {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const next = new URLSearchParams(searchParams);
  next.set('tab', 'reviews');
  if (reviewId) {
    next.set('review', reviewId);
  } else {
    next.delete('review');
  }
  return (
    <Link
      to={`${pathname}?${next}`}
      replace
      aria-label={ariaLabel}
      underline="always"
    >
      {children}
    </Link>
  );
};
