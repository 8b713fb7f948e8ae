import { z } from 'zod';

/**
 * The kinds of reminder CSIP Coach sends through Backstage notifications.
 *
 * @public
 */
export const reminderKindSchema = z.enum([
  'action-due-soon',
  'action-overdue',
  'follow-up-due',
  'agreement-pending',
  'decision-revisit',
  'sustain-lapsed',
  'level-drop',
]);

/** @public */
export type ReminderKind = z.infer<typeof reminderKindSchema>;

/**
 * How a person gets their reminders: each as it comes, or one weekly
 * digest.
 *
 * @public
 */
export const reminderDeliverySchema = z.enum(['each', 'weekly-digest']);

/** @public */
export type ReminderDelivery = z.infer<typeof reminderDeliverySchema>;

/** The body of `PUT /me/reminders`, and of its `GET`. @public */
export const reminderPreferencesSchema = z.object({
  delivery: reminderDeliverySchema,
});

/** @public */
export type ReminderPreferences = z.infer<typeof reminderPreferencesSchema>;
