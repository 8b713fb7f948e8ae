import { randomUUID } from 'node:crypto';
import type {
  AdviceResponse,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_advice_responses`.
 *
 * @internal
 */
export type AdviceResponseRow = {
  review_id: string;
  suggestion_index: number;
  seq: number;
  programme_id: string;
  response: AdviceResponse['response'];
  reason: string | null;
  outcome: string | null;
  responded_by: string;
  responded_at: string;
};

/**
 * The advice response of a row.
 *
 * @internal
 */
export function toAdviceResponse(row: AdviceResponseRow): AdviceResponse {
  return {
    reviewId: row.review_id,
    index: Number(row.suggestion_index),
    seq: Number(row.seq),
    response: row.response,
    ...(row.reason !== null && { reason: row.reason }),
    ...(row.outcome !== null && { outcome: row.outcome }),
    respondedBy: row.responded_by,
    respondedAt: row.responded_at,
  };
}

/**
 * The row of a response of one programme's review.
 *
 * @internal
 */
export function toAdviceResponseRow(
  response: AdviceResponse & { programmeId: string },
): AdviceResponseRow {
  return {
    review_id: response.reviewId,
    suggestion_index: response.index,
    seq: response.seq,
    programme_id: response.programmeId,
    response: response.response,
    reason: response.reason ?? null,
    outcome: response.outcome ?? null,
    responded_by: response.respondedBy,
    responded_at: response.respondedAt,
  };
}

/**
 * A row of `csip_review_comments`.
 *
 * @internal
 */
export type ReviewCommentRow = {
  id: string;
  review_id: string;
  programme_id: string;
  text: string;
  author: string;
  created_at: string;
};

/**
 * The comment of a row.
 *
 * @internal
 */
export function toReviewComment(row: ReviewCommentRow): ReviewComment {
  return {
    id: row.id,
    reviewId: row.review_id,
    text: row.text,
    author: row.author,
    createdAt: row.created_at,
  };
}

/**
 * The row of a new comment, with a new id, written now.
 *
 * @internal
 */
export function toReviewCommentRow(comment: {
  reviewId: string;
  programmeId: string;
  text: string;
  author: string;
}): ReviewCommentRow {
  return {
    id: randomUUID(),
    review_id: comment.reviewId,
    programme_id: comment.programmeId,
    text: comment.text,
    author: comment.author,
    created_at: new Date().toISOString(),
  };
}
