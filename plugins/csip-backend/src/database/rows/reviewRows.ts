import type {
  FieldToneFinding,
  Review,
  ReviewContent,
  ReviewCreate,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_reviews`: the review's content is JSON.
 *
 * @internal
 */
export type ReviewRow = {
  id: string;
  programme_id: string;
  process: string;
  state: Review['state'];
  version: number;
  author: string;
  review_date: string;
  content: string;
  /** A copy of the content's `ledBy`, for queries that do not read the JSON. */
  led_by: Review['ledBy'] | null;
  level: number | null;
  tone_findings: string | null;
  tone_acknowledged: boolean | number | null;
  amends: string | null;
  amendment_reason: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
};

/** What `csip_reviews.content` holds. */
type StoredContent = Omit<ReviewContent, 'date'>;

/**
 * The `content` column of a review.
 *
 * @internal
 */
export function toReviewContent(review: ReviewCreate | ReviewContent): string {
  const content: StoredContent = {
    ledBy: review.ledBy,
    participants: review.participants,
    evidence: review.evidence,
    ratings: review.ratings,
    strengths: review.strengths,
    observations: review.observations,
    suggestions: review.suggestions,
    actions: review.actions,
  };
  return JSON.stringify(content);
}

/**
 * The review of a row, and the amendment that corrects it, if any.
 *
 * @internal
 */
export function toReview(row: ReviewRow, amendedBy?: string): Review {
  return {
    id: row.id,
    programmeId: row.programme_id,
    process: row.process,
    date: row.review_date,
    ...(JSON.parse(row.content) as StoredContent),
    state: row.state,
    version: row.version,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.published_at && { publishedAt: row.published_at }),
    ...(row.level !== null && { level: row.level }),
    ...(row.tone_findings && {
      toneFindings: JSON.parse(row.tone_findings) as FieldToneFinding[],
    }),
    ...(row.tone_acknowledged !== null && {
      toneAcknowledged: Boolean(row.tone_acknowledged),
    }),
    ...(row.amends && { amends: row.amends }),
    ...(row.amendment_reason && { amendmentReason: row.amendment_reason }),
    ...(amendedBy && { amendedBy }),
  };
}

/**
 * The row of a review (`amendedBy` is not stored: it is the review whose
 * `amends` names this one).
 *
 * @internal
 */
export function toReviewRow(review: Omit<Review, 'amendedBy'>): ReviewRow {
  return {
    id: review.id,
    programme_id: review.programmeId,
    process: review.process,
    state: review.state,
    version: review.version,
    author: review.author,
    review_date: review.date,
    content: toReviewContent(review),
    led_by: review.ledBy,
    level: review.level ?? null,
    tone_findings: review.toneFindings
      ? JSON.stringify(review.toneFindings)
      : null,
    tone_acknowledged: review.toneAcknowledged ?? null,
    amends: review.amends ?? null,
    amendment_reason: review.amendmentReason ?? null,
    created_at: review.createdAt,
    updated_at: review.updatedAt,
    published_at: review.publishedAt ?? null,
  };
}
