import { z } from 'zod';
import { safeText } from '../validation/safeText';

/** How a commitment turned out. @public */
export const followUpOutcomeValueSchema = z.enum(['kept', 'partly', 'not-yet']);

/** @public */
export type FollowUpOutcomeValue = z.infer<typeof followUpOutcomeValueSchema>;

/**
 * The body of `POST /follow-ups/:id/outcome`. An outcome is recorded once
 * (a second one is a 409): it is part of the programme's history.
 *
 * @public
 */
export const followUpOutcomeSchema = z.object({
  outcome: followUpOutcomeValueSchema,
  note: safeText({ max: 2000 }).optional(),
});

/** @public */
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

/**
 * A commitment to follow up, as the API returns it.
 *
 * @public
 */
export const followUpSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  /** The moment whose commitment this is. */
  momentId: z.string().optional(),
  process: z.string(),
  text: z.string(),
  owner: z.string(),
  followUpOn: z.string(),
  outcome: followUpOutcomeValueSchema.optional(),
  note: z.string().optional(),
  outcomeBy: z.string().optional(),
  outcomeAt: z.string().optional(),
  recordedBy: z.string(),
  createdAt: z.string(),
  /** Derived: no outcome yet and the follow-up date is today or past. */
  due: z.boolean(),
});

/** @public */
export type FollowUp = z.infer<typeof followUpSchema>;
