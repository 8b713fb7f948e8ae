import { Config } from '@backstage/config';
import {
  formatIssues,
  reminderDeliverySchema,
  reminderKindSchema,
  type ReminderDelivery,
  type ReminderKind,
} from '@csip-coach/plugin-csip-common';
import { z } from 'zod';
import { readReviewCadenceDays } from '../services/CoachingSummaryService/readReviewCadenceDays';

/**
 * How the reminders job runs, from `csip.reminders` (and the sustain
 * cadence from `csip.sustain.reviewCadenceDays`), every value defaulted.
 *
 * @internal
 */
export type ReminderConfig = {
  /** Whether any reminder is sent at all. */
  enabled: boolean;
  /** How often the job runs. */
  frequencyMinutes: number;
  /** How long after the backend starts the job first runs, in seconds. */
  initialDelaySeconds: number;
  /** How many days ahead an open action counts as due soon. */
  dueSoonDays: number;
  /** How long a scope version may wait for an approver before a reminder. */
  agreementPendingDays: number;
  /** How people who have not chosen get their reminders. */
  delivery: ReminderDelivery;
  /**
   * The most reminders one person gets as single notifications from one
   * run; the rest of theirs from that run come together in one digest.
   */
  maxSinglePerRun: number;
  /** Which kinds are sent. */
  kinds: Record<ReminderKind, boolean>;
  /** How many days apart a team in `sustain` runs its own reviews. */
  reviewCadenceDays: number;
};

const days = (max: number) => z.number().int().min(0).max(max);

const remindersSchema = z.object({
  enabled: z.boolean().default(true),
  frequencyMinutes: z.number().int().min(1).max(10_080).default(60),
  initialDelaySeconds: z.number().int().min(0).max(86_400).default(120),
  dueSoonDays: days(365).default(3),
  agreementPendingDays: days(365).default(7),
  delivery: reminderDeliverySchema.default('each'),
  maxSinglePerRun: z.number().int().min(0).max(10_000).default(10),
  kinds: z
    .partialRecord(reminderKindSchema, z.boolean())
    .default({})
    .transform(
      kinds =>
        Object.fromEntries(
          reminderKindSchema.options.map(kind => [kind, kinds[kind] ?? true]),
        ) as Record<ReminderKind, boolean>,
    ),
});

/**
 * The reminders configuration. A bad value (an unknown kind or delivery, a
 * negative or fractional number of days or seconds) stops the backend with a message
 * naming it, rather than a job that silently does something else.
 *
 * @internal
 */
export function readReminderConfig(config: Config): ReminderConfig {
  const result = remindersSchema
    .strict()
    .safeParse(config.getOptional('csip.reminders') ?? {});
  if (!result.success) {
    throw new Error(formatIssues('Invalid csip.reminders', result.error));
  }
  return {
    ...result.data,
    reviewCadenceDays: readReviewCadenceDays(config),
  };
}
