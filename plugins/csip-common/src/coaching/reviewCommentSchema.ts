import { z } from 'zod';
import { safeText } from '../validation/safeText';

/** The body of `POST /reviews/:id/comments`. @public */
export const reviewCommentCreateSchema = z.object({
  text: safeText({ min: 1, max: 4000 }),
});

/** @public */
export type ReviewCommentCreate = z.infer<typeof reviewCommentCreateSchema>;

/**
 * A comment on a review, e.g. the coach's on a review the team ran itself.
 * Comments are append-only.
 *
 * @public
 */
export const reviewCommentSchema = z.object({
  id: z.string(),
  reviewId: z.string(),
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
});

/** @public */
export type ReviewComment = z.infer<typeof reviewCommentSchema>;
