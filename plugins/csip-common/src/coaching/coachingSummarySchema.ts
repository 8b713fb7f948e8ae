import { z } from 'zod';
import { sustainStatusSchema } from './sustainSchema';

/** ICMI: in-the-work coaching beats scheduled sessions by more than 3 : 1. @public */
export const COACHING_MIX_TARGET = 3;

/**
 * The body of `GET /programmes/:id/coaching`: the coaching mix against the
 * 3 : 1 target, commitments, the team's responses to advice (counted, never
 * judged), who ran the reviews, and sustain monitoring.
 *
 * @public
 */
export const coachingSummarySchema = z.object({
  inTheWork: z.number().int(),
  scheduled: z.number().int(),
  /** inTheWork / scheduled, two decimals; null without scheduled moments. */
  ratio: z.number().nullable(),
  target: z.number(),
  /** Commitments without an outcome yet. */
  openCommitments: z.number().int(),
  /** Of those, the ones whose follow-up date has come. */
  dueFollowUps: z.number().int(),
  commitmentOutcomes: z.object({
    kept: z.number().int(),
    partly: z.number().int(),
    notYet: z.number().int(),
  }),
  /** The team's latest response to each suggestion of the published reviews. */
  advice: z.object({
    adopted: z.number().int(),
    deferred: z.number().int(),
    declined: z.number().int(),
    awaiting: z.number().int(),
  }),
  /** Who led the published reviews that count. */
  reviewsLedBy: z.object({
    coach: z.number().int(),
    coLed: z.number().int(),
    team: z.number().int(),
  }),
  sustain: sustainStatusSchema,
});

/** @public */
export type CoachingSummary = z.infer<typeof coachingSummarySchema>;
