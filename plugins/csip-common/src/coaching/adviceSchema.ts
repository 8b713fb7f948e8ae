import { z } from 'zod';
import { boundedInt } from '../validation/bounds';
import { safeText } from '../validation/safeText';

/** The team's response to a growth suggestion. @public */
export const adviceResponseValueSchema = z.enum(['adopt', 'defer', 'decline']);

/** @public */
export type AdviceResponseValue = z.infer<typeof adviceResponseValueSchema>;

/**
 * The body of `POST /reviews/:id/suggestions/:index/response`: the team's
 * response, its reason, and later what happened. Responses are kept as a
 * history (each one a record); `seen` is how many the client had read for
 * this suggestion, so a response written meanwhile is a 409, not lost.
 *
 * @public
 */
export const adviceResponseCreateSchema = z.object({
  response: adviceResponseValueSchema,
  reason: safeText({ max: 2000 }).optional(),
  /** What happened after the response (recorded later). */
  outcome: safeText({ max: 2000 }).optional(),
  seen: boundedInt({ min: 0, max: 1000 }).default(0),
});

/** @public */
export type AdviceResponseCreate = z.infer<typeof adviceResponseCreateSchema>;

/** One recorded response to a suggestion. @public */
export const adviceResponseSchema = z.object({
  reviewId: z.string(),
  index: z.number().int(),
  /** 1 for the first response to this suggestion, 2 for the next … */
  seq: z.number().int(),
  response: adviceResponseValueSchema,
  reason: z.string().optional(),
  outcome: z.string().optional(),
  respondedBy: z.string(),
  respondedAt: z.string(),
});

/** @public */
export type AdviceResponse = z.infer<typeof adviceResponseSchema>;

/**
 * One growth suggestion of a published review in the advice log, with the
 * team's latest response (none yet: `latest` absent) and how many they
 * recorded.
 *
 * @public
 */
export const adviceEntrySchema = z.object({
  reviewId: z.string(),
  process: z.string(),
  date: z.string(),
  index: z.number().int(),
  technique: z.string(),
  advice: z.string(),
  latest: adviceResponseSchema.optional(),
  responses: z.number().int(),
});

/** @public */
export type AdviceEntry = z.infer<typeof adviceEntrySchema>;
