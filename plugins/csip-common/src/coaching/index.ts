export {
  adviceEntrySchema,
  adviceResponseCreateSchema,
  adviceResponseSchema,
  adviceResponseValueSchema,
  type AdviceEntry,
  type AdviceResponse,
  type AdviceResponseCreate,
  type AdviceResponseValue,
} from './adviceSchema';
export {
  checkSustain,
  checkSustainHistory,
  type SustainOptions,
  findLevelDrops,
  findLevelDropsInHistory,
  type SustainReview,
} from './checkSustain';
export {
  COACHING_MIX_TARGET,
  coachingSummarySchema,
  type CoachingSummary,
} from './coachingSummarySchema';
export {
  followUpOutcomeSchema,
  followUpOutcomeValueSchema,
  followUpSchema,
  type FollowUp,
  type FollowUpOutcome,
  type FollowUpOutcomeValue,
} from './followUpSchema';
export { isFollowUpDue } from './isFollowUpDue';
export {
  commitmentSchema,
  momentContextKindSchema,
  momentContextSchema,
  momentCreateSchema,
  momentKindSchema,
  momentSchema,
  type Commitment,
  type Moment,
  type MomentContext,
  type MomentContextKind,
  type MomentCreate,
  type MomentKind,
} from './momentSchema';
export {
  reminderDeliverySchema,
  reminderKindSchema,
  reminderPreferencesSchema,
  type ReminderDelivery,
  type ReminderKind,
  type ReminderPreferences,
} from './reminderSchema';
export {
  reviewCommentCreateSchema,
  reviewCommentSchema,
  type ReviewComment,
  type ReviewCommentCreate,
} from './reviewCommentSchema';
export {
  DEFAULT_REVIEW_CADENCE_DAYS,
  levelDropSchema,
  sustainStatusSchema,
  type LevelDrop,
  type SustainStatus,
} from './sustainSchema';
export { describeCoachingMix, summariseCoaching } from './summariseCoaching';
export {
  ADVICE_RESPONSE_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  MOMENT_CONTEXT_LABELS,
  MOMENT_KIND_LABELS,
  REMINDER_DELIVERY_LABELS,
  REMINDER_KIND_LABELS,
} from './coachingLabels';
