export { isRoundClosed } from './isRoundClosed';
export {
  archivedFeedbackSchema,
  archivedFeedbackSourceShape,
  checkFeedbackKeys,
  feedbackRoundKeySchema,
  type ArchivedFeedback,
} from './archivedFeedbackSchema';
export {
  FEEDBACK_BARRIER_IDS,
  FEEDBACK_BARRIER_LABELS,
  FEEDBACK_BARRIERS,
  FEEDBACK_SEVERITY_LABELS,
  feedbackBarrierSchema,
  type FeedbackBarrier,
  type FeedbackBarrierInfo,
} from './feedbackBarriers';
export { feedbackEndpoints } from './feedbackEndpoints';
export {
  FEEDBACK_MIN_GROUP,
  ORGANISATION_MAX_LENGTH,
  OTHER_ORGANISATIONS,
  barrierRatingSchema,
  barrierSummarySchema,
  feedbackActionCreateSchema,
  feedbackGroupSummarySchema,
  feedbackResponseCreateSchema,
  feedbackResponseSchema,
  feedbackRoundCreateSchema,
  feedbackRoundSchema,
  feedbackSummarySchema,
  type BarrierRating,
  type BarrierSummary,
  type FeedbackActionCreate,
  type FeedbackGroupSummary,
  type FeedbackResponse,
  type FeedbackResponseCreate,
  type FeedbackRound,
  type FeedbackRoundCreate,
  type FeedbackSummary,
} from './feedbackSchema';
export {
  foldOrganisations,
  summariseFeedback,
  type SummarisedResponse,
} from './summariseFeedback';
