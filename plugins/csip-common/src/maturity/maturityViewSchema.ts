import { z } from 'zod';
import { ledBySchema } from '../review/reviewSchema';

/** Where one process stands: level vs target, trend and calibration. @public */
export const processMaturitySchema = z.object({
  process: z.string(),
  name: z.string(),
  /** Level of the latest published review; null before the first review. */
  level: z.number().int().nullable(),
  /** Target level from the current scope version; null when not in scope. */
  target: z.number().int().nullable(),
  baseline: z.number().int().nullable(),
  targetDate: z.string().nullable(),
  /** Whether the scope version holding the target is agreed. */
  targetAgreed: z.boolean(),
  inScope: z.boolean(),
  trend: z.array(
    z.object({
      date: z.string(),
      level: z.number().int(),
      reviewId: z.string(),
    }),
  ),
  calibrationGap: z.number().nullable(),
  lastReview: z
    .object({
      id: z.string(),
      date: z.string(),
      author: z.string(),
      ledBy: ledBySchema,
    })
    .optional(),
  /** Drafts not yet published, so the coach can pick one up. */
  drafts: z.number().int(),
});

/** @public */
export type ProcessMaturity = z.infer<typeof processMaturitySchema>;

/** The body of `GET /programmes/:id/maturity`. @public */
export const maturityViewSchema = z.object({
  processes: z.array(processMaturitySchema),
});

/** @public */
export type MaturityView = z.infer<typeof maturityViewSchema>;
