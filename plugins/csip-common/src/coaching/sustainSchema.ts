import { z } from 'zod';

/** How many days apart the team runs its own reviews in `sustain`, unless configured. @public */
export const DEFAULT_REVIEW_CADENCE_DAYS = 90;

/** A process whose latest published level is below the one before it. @public */
export const levelDropSchema = z.object({
  process: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  /** The date of the review that showed the lower level. */
  on: z.string(),
  reviewId: z.string(),
});

/** @public */
export type LevelDrop = z.infer<typeof levelDropSchema>;

/**
 * Sustain monitoring: once the coach has left, the team runs its own
 * reviews every `cadenceDays`; a lapse or a level drop shows.
 *
 * @public
 */
export const sustainStatusSchema = z.object({
  /** The programme is in `sustain`, where the cadence applies. */
  active: z.boolean(),
  cadenceDays: z.number().int(),
  /** The date of the latest published review the team led itself. */
  lastTeamReviewOn: z.string().nullable(),
  /** When the next team-led review is due (null outside sustain). */
  nextDueOn: z.string().nullable(),
  /** In sustain and the next review's due date has passed. */
  lapsed: z.boolean(),
  levelDrops: z.array(levelDropSchema),
});

/** @public */
export type SustainStatus = z.infer<typeof sustainStatusSchema>;
