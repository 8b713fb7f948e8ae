export {
  archivedSelfAssessmentsSchema,
  type ArchivedSelfAssessments,
} from './archivedSelfAssessmentsSchema';
export { findSelfAssessmentProblems } from './findSelfAssessmentProblems';
export { selfAssessmentEndpoints } from './selfAssessmentEndpoints';
export {
  calibrationGapFromMedians,
  medianGap,
  type MedianGapRating,
} from './selfAssessmentGap';
export {
  selfAssessmentRoundStart,
  type RoundReview,
} from './selfAssessmentRoundStart';
export {
  SELF_ASSESSMENT_GROUP_MIN,
  SELF_RATING_LABELS,
  selfAssessmentAnswerSchema,
  selfAssessmentCreateSchema,
  selfAssessmentCriterionSchema,
  selfAssessmentDisagreementSchema,
  selfAssessmentQuerySchema,
  selfAssessmentRatingsSchema,
  selfAssessmentRecordedSchema,
  selfAssessmentSummarySchema,
  selfRatingCountsSchema,
  selfRatingSchema,
  type SelfAssessmentAnswer,
  type SelfAssessmentCreate,
  type SelfAssessmentCreateRequest,
  type SelfAssessmentCriterion,
  type SelfAssessmentDisagreement,
  type SelfAssessmentQuery,
  type SelfAssessmentRecorded,
  type SelfAssessmentSummary,
  type SelfRating,
  type SelfRatingCounts,
} from './selfAssessmentSchema';
export {
  countedAnswers,
  medianRating,
  summariseSelfAssessments,
  type SelfAssessmentInput,
} from './summariseSelfAssessments';
