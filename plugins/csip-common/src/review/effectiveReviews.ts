import type { Review } from './reviewSchema';

/**
 * The published reviews that count, oldest first: an amended review is
 * replaced by its amendment, which keeps the original's place in time only
 * if it carries the same date.
 *
 * @public
 */
export function effectiveReviews<
  R extends Pick<Review, 'id' | 'state' | 'date' | 'amends'> & {
    publishedAt?: string;
  },
>(reviews: readonly R[]): R[] {
  const amended = new Set(
    reviews.filter(r => r.state === 'published' && r.amends).map(r => r.amends),
  );
  return reviews
    .filter(r => r.state === 'published' && !amended.has(r.id))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''),
    );
}
