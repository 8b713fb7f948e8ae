import type { AdviceResponseValue } from './adviceSchema';
import type { FollowUpOutcomeValue } from './followUpSchema';
import type { MomentContextKind, MomentKind } from './momentSchema';
import type { ReminderDelivery, ReminderKind } from './reminderSchema';

/** The words people see for where a moment happened. @public */
export const MOMENT_CONTEXT_LABELS: Record<MomentContextKind, string> = {
  change: 'Change',
  release: 'Release',
  'configuration-item': 'Configuration item',
  'cab-meeting': 'CAB meeting',
  incident: 'Incident',
  other: 'Other work',
};

/** @public */
export const MOMENT_KIND_LABELS: Record<MomentKind, string> = {
  'in-the-work': 'In the work',
  scheduled: 'Scheduled session',
};

/** @public */
export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcomeValue, string> = {
  kept: 'Kept',
  partly: 'Partly kept',
  'not-yet': 'Not yet',
};

/** @public */
export const ADVICE_RESPONSE_LABELS: Record<AdviceResponseValue, string> = {
  adopt: 'Adopt',
  defer: 'Defer',
  decline: 'Decline',
};

/** @public */
export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  'action-due-soon': 'Action due soon',
  'action-overdue': 'Action overdue',
  'follow-up-due': 'Follow-up due',
  'agreement-pending': 'Scope agreement pending',
  'decision-revisit': 'Approach decision to revisit',
  'sustain-lapsed': 'Team review due (sustain)',
  'level-drop': 'A level fell',
};

/** @public */
export const REMINDER_DELIVERY_LABELS: Record<ReminderDelivery, string> = {
  each: 'Each reminder as it comes',
  'weekly-digest': 'One weekly digest',
};
