import { z } from 'zod';
import { ledBySchema } from '../review/reviewSchema';
import { processIdSchema } from './maturityModelSchema';

/** One published level of a process's trend. @public */
export const trendPointSchema = z.object({
  date: z.string(),
  level: z.number().int(),
  reviewId: z.string(),
});

/** @public */
export type TrendPoint = z.infer<typeof trendPointSchema>;

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
  /**
   * The latest published levels by date, oldest first: at most the last
   * `TREND_WINDOW` (12); `GET /programmes/:id/maturity/trend` pages through
   * the older ones.
   */
  trend: z.array(trendPointSchema),
  /** How many published reviews the trend has in all (at least `trend.length`). */
  trendTotal: z.number().int(),
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

/**
 * The query of `GET /programmes/:id/maturity/trend`: one process, and where
 * the page ends (the `reviewId` of the oldest point already shown, or the
 * `nextCursor` of the page before); without a cursor, the latest points.
 *
 * @public
 */
export const maturityTrendQuerySchema = z.object({
  process: processIdSchema,
  cursor: z
    .string()
    .max(36)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a review id' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(12),
});

/** @public */
export type MaturityTrendQuery = z.infer<typeof maturityTrendQuerySchema>;

/**
 * The body of `GET /programmes/:id/maturity/trend`: the points before the
 * cursor, oldest first, and the cursor of the page before them while there
 * are older ones.
 *
 * @public
 */
export const maturityTrendPageSchema = z.object({
  items: z.array(trendPointSchema),
  /** How many published reviews the trend has in all. */
  total: z.number().int(),
  nextCursor: z.string().optional(),
});

/** @public */
export type MaturityTrendPage = z.infer<typeof maturityTrendPageSchema>;
