export {
  ledBySchema,
  evidenceSourceSchema,
  reviewStateSchema,
  reviewRatingSchema,
  suggestionSchema,
  actionFieldsSchema,
  reviewCreateSchema,
  reviewUpdateSchema,
  reviewPublishSchema,
  reviewAmendmentSchema,
  fieldToneFindingSchema,
  reviewSchema,
} from './reviewSchema';
export type {
  LedBy,
  EvidenceSource,
  ReviewState,
  ReviewRating,
  Suggestion,
  ActionFields,
  ReviewCreate,
  ReviewCreateRequest,
  ReviewContent,
  ReviewUpdate,
  ReviewPublish,
  ReviewAmendment,
  FieldToneFinding,
  Review,
} from './reviewSchema';
export { effectiveReviews } from './effectiveReviews';
export {
  reviewTexts,
  reviewToneFindings,
  TONE_FINDINGS_PER_FIELD_MAX,
} from './reviewToneFindings';
export type { ReviewTextFields } from './reviewToneFindings';
export { diffReviews } from './diffReviews';
export type { ReviewChange, ComparableReview } from './diffReviews';
export {
  LED_BY_NAMES,
  EVIDENCE_SOURCE_NAMES,
  ACTION_STATUS_NAMES,
} from './reviewLabels';
