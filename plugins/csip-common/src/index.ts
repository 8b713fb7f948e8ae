/**
 * Shared zod schemas and pure domain rules of CSIP Coach, used by both the
 * backend and the frontend plugin.
 *
 * @packageDocumentation
 */

export {
  actionStatusSchema,
  actionCreateSchema,
  actionUpdateSchema,
  actionSourceSchema,
  actionSchema,
} from './actions/actionSchema';
export type {
  ActionStatus,
  ActionCreate,
  ActionUpdate,
  ActionSource,
  Action,
} from './actions/actionSchema';
export { isOverdue, describeDue } from './actions/isOverdue';
export { isDueSoon, DUE_SOON_DAYS } from './actions/isDueSoon';
export {
  myActionSchema,
  myProgrammeSchema,
  myFollowUpSchema,
  myWorkSchema,
} from './me/myWorkSchema';
export type {
  MyAction,
  MyFollowUp,
  MyProgramme,
  MyWork,
} from './me/myWorkSchema';
export {
  portfolioRollupQuerySchema,
  portfolioRollupSchema,
  rollupCellSchema,
  rollupGroupSchema,
  rollupWeekSchema,
} from './portfolio/portfolioRollupSchema';
export type {
  PortfolioRollup,
  PortfolioRollupQuery,
  RollupCell,
  RollupGroup,
  RollupWeek,
} from './portfolio/portfolioRollupSchema';
export {
  addWeeks,
  buildRollupWeeks,
  rollUpPortfolio,
  weekStart,
} from './portfolio/rollUpPortfolio';
export type {
  PortfolioRollupResult,
  PortfolioSnapshot,
  RollupCatalogGroup,
  RollupProgramme,
  RollupStatus,
} from './portfolio/rollUpPortfolio';
export {
  APPROACHES,
  approachSchema,
  READINESS_QUESTIONS,
  readinessAnswersSchema,
  recommendationRequestSchema,
  recommendationReasonSchema,
  recommendationSchema,
  decisionCreateSchema,
  decisionSchema,
} from './approach/approachSchema';
export type {
  Approach,
  ReadinessQuestion,
  ReadinessAnswers,
  RecommendationReason,
  Recommendation,
  DecisionCreate,
  Decision,
} from './approach/approachSchema';
export {
  recommendApproach,
  unansweredQuestions,
} from './approach/recommendApproach';
export { checkDecision } from './approach/checkDecision';
export { programmeArchiveSchema } from './archive/programmeArchiveSchema';
export type { ProgrammeArchive } from './archive/programmeArchiveSchema';
export {
  handoverCategorySchema,
  handoverStatusSchema,
  handoverItemSchema,
  handoverItemUpdateSchema,
  handoverItemCreateSchema,
  proficiencySchema,
  skillsMatrixSchema,
  skillsMatrixViewSchema,
  coverageStatusSchema,
  processCoverageSchema,
  readinessBlockerSchema,
  exitReadinessSchema,
  fadeOutSchema,
  summitCampSchema,
  summitProgressSchema,
  handoverViewSchema,
} from './handover/handoverSchema';
export type {
  HandoverCategory,
  HandoverStatus,
  HandoverItem,
  HandoverItemUpdate,
  HandoverItemCreate,
  Proficiency,
  SkillsMatrixUpdate,
  SkillsMatrix,
  CoverageStatus,
  ProcessCoverage,
  ReadinessBlocker,
  ExitReadiness,
  FadeOut,
  SummitCamp,
  SummitProgress,
  HandoverView,
} from './handover/handoverSchema';
export {
  missingTemplateItems,
  HANDOVER_TEMPLATE,
} from './handover/handoverTemplate';
export type {
  HandoverTemplateItem,
  TemplateItemDraft,
} from './handover/handoverTemplate';
export {
  knowledgeTransferScore,
  skillsCoverage,
  coachFadeOut,
  exitReadiness,
  summitProgress,
  HANDOVER_CREDIT,
  READY_SCORE,
  SUMMIT_CAMPS,
} from './handover/handoverScores';
export type { ScoredReview } from './handover/handoverScores';
export { coachFadeOutHistory, latestReviews } from './handover/fadeOutHistory';
export {
  describeReadiness,
  HANDOVER_CATEGORY_NAMES,
  HANDOVER_STATUS_NAMES,
  PROFICIENCY_NAMES,
  COVERAGE_NAMES,
  SUMMIT_CAMP_NAMES,
} from './handover/handoverLabels';
export {
  PHASE_NAMES,
  APPROACH_NAMES,
  SCOPE_STATUS_NAMES,
} from './labels/labels';
export {
  CAPABILITY_LEVELS,
  ratingSchema,
  RATING_LABELS,
  RATING_ORDER,
  processIdSchema,
  criterionIdSchema,
  COACHING_QUESTION_MAX_LENGTH,
  COACHING_QUESTIONS_MAX,
  coachingQuestionsSchema,
  criterionSchema,
  criterionConfigSchema,
  processDefinitionSchema,
  processConfigSchema,
  questionOverridesSchema,
  maturityModelSchema,
} from './maturity/maturityModelSchema';
export type {
  Rating,
  Criterion,
  CriterionConfig,
  ProcessDefinition,
  ProcessConfig,
  QuestionOverrides,
  MaturityModel,
} from './maturity/maturityModelSchema';
export { BUILT_IN_QUESTIONS } from './maturity/builtInQuestions';
export { LEVEL_QUESTIONS, levelQuestions } from './maturity/levelQuestions';
export {
  processMaturitySchema,
  maturityViewSchema,
  trendPointSchema,
  maturityTrendQuerySchema,
  maturityTrendPageSchema,
} from './maturity/maturityViewSchema';
export type {
  ProcessMaturity,
  MaturityView,
  TrendPoint,
  MaturityTrendQuery,
  MaturityTrendPage,
} from './maturity/maturityViewSchema';
export { BUILT_IN_MATURITY_MODEL } from './maturity/builtInMaturityModel';
export {
  computeLevel,
  levelledRatings,
  levelsWithoutApplicableCriteria,
} from './maturity/computeLevel';
export type { LevelledRating } from './maturity/computeLevel';
export {
  calibrationGap,
  describeCalibrationGap,
} from './maturity/calibrationGap';
export { levelName, describeLevelVsTarget } from './maturity/describeLevel';
export {
  summariseMaturity,
  summariseMaturityHistory,
} from './maturity/summariseMaturity';
export {
  CSIP_PROGRAMME_RESOURCE_TYPE,
  csipProgrammeCreatePermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  csipApproachDecidePermission,
  csipScopePublishPermission,
  csipScopeAgreePermission,
  csipReviewWritePermission,
  csipActionManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipCoachingWritePermission,
  csipHandoverManagePermission,
  csipProgrammeImportPermission,
  csipPermissions,
} from './permissions/permissions';
export {
  holdsAnyRole,
  passesRoleRule,
  reviewAction,
  PROGRAMME_ACTION_RULES,
} from './permissions/programmeActionRules';
export type {
  ProgrammeActionRule,
  ProgrammeAction,
} from './permissions/programmeActionRules';
export {
  checkPhaseTransition,
  phaseTransitionRequestSchema,
  phaseTransitionSchema,
  unmetGateSchema,
  phaseStatusSchema,
} from './phase/checkPhaseTransition';
export type {
  PhaseTransitionRequest,
  PhaseTransition,
  PhaseGateFacts,
  UnmetGate,
  PhaseStatus,
} from './phase/checkPhaseTransition';
export {
  diffMembers,
  checkMembershipChange,
} from './programme/checkMembershipChange';
export type {
  MembershipDiff,
  MembershipProblem,
} from './programme/checkMembershipChange';
export { membershipChangeSchema } from './programme/membershipChangeSchema';
export type { MembershipChange } from './programme/membershipChangeSchema';
export {
  entityRefSchema,
  PROGRAMME_PHASES,
  programmePhaseSchema,
  programmeRoleSchema,
  programmeDriverSchema,
  businessDriverSchema,
  programmeMemberSchema,
  programmeCreateSchema,
  programmeSchema,
  programmeListQuerySchema,
  programmeSummarySchema,
  programmePageSchema,
  healthSchema,
  programmeUpdateSchema,
} from './programme/programmeSchema';
export type {
  ProgrammePhase,
  ProgrammeRole,
  ProgrammeMember,
  ProgrammeCreate,
  Programme,
  ProgrammeListQuery,
  ProgrammeSummary,
  ProgrammePage,
  Health,
  ProgrammeUpdate,
} from './programme/programmeSchema';
export { withCreatorAsLead } from './programme/withCreatorAsLead';
export {
  evidenceSourceSchema,
  coachRatingSchema,
  NOT_APPLICABLE,
  NA_REASON_MAX_LENGTH,
  EVIDENCE_NOTE_MAX_LENGTH,
  EVIDENCE_LINK_MAX_LENGTH,
  RATING_EVIDENCE_MAX,
  httpUrlSchema,
  ratingEvidenceSchema,
  reviewRatingSchema,
} from './review/reviewRatingSchema';
export type {
  EvidenceSource,
  CoachRating,
  RatingEvidence,
  ReviewRating,
} from './review/reviewRatingSchema';
export {
  suggestionAreaSchema,
  SUGGESTION_TEXT_MAX_LENGTH,
  suggestionSchema,
} from './review/suggestionSchema';
export type { SuggestionArea, Suggestion } from './review/suggestionSchema';
export {
  evidenceCoverage,
  describeEvidenceCoverage,
} from './review/evidenceCoverage';
export type { EvidenceCoverage } from './review/evidenceCoverage';
export { groupSuggestionsByArea } from './review/groupSuggestionsByArea';
export type { SuggestionGroup } from './review/groupSuggestionsByArea';
export {
  ledBySchema,
  reviewStateSchema,
  actionFieldsSchema,
  reviewCreateSchema,
  reviewUpdateSchema,
  reviewPublishSchema,
  reviewAmendmentSchema,
  fieldToneFindingSchema,
  reviewSchema,
} from './review/reviewSchema';
export type {
  LedBy,
  ReviewState,
  ActionFields,
  ReviewCreate,
  ReviewCreateRequest,
  ReviewContent,
  ReviewUpdate,
  ReviewPublish,
  ReviewAmendment,
  FieldToneFinding,
  Review,
} from './review/reviewSchema';
export { effectiveReviews } from './review/effectiveReviews';
export {
  compareHistoryReviews,
  countRanBy,
  HISTORY_KEEP,
  latestAcrossProcesses,
  reviewHistoryOf,
  TREND_WINDOW,
} from './review/reviewHistory';
export type {
  HistoryReview,
  ProcessHistory,
  ReviewHistory,
} from './review/reviewHistory';
export {
  reviewTexts,
  reviewToneFindings,
  TONE_FINDINGS_PER_FIELD_MAX,
} from './review/reviewToneFindings';
export type {
  ReviewTextField,
  ReviewTextFields,
} from './review/reviewToneFindings';
export { diffReviews } from './review/diffReviews';
export type { ReviewChange, ComparableReview } from './review/diffReviews';
export {
  LED_BY_NAMES,
  EVIDENCE_SOURCE_NAMES,
  ACTION_STATUS_NAMES,
  COACH_RATING_LABELS,
  SUGGESTION_AREA_NAMES,
} from './review/reviewLabels';
export {
  capabilityLevelSchema,
  scopeProcessSchema,
  scopeVersionCreateSchema,
  scopeVersionSchema,
  agreementCreateSchema,
  agreementSchema,
  scopeStatusSchema,
  scopeChangeSchema,
  approverStatusSchema,
  scopeViewSchema,
  awaitingAgreementSchema,
} from './scope/scopeSchema';
export type {
  ScopeProcess,
  ScopeVersionCreate,
  ScopeVersion,
  AgreementCreate,
  Agreement,
  ScopeStatus,
  ScopeChange,
  ApproverStatus,
  ScopeView,
  AwaitingAgreement,
} from './scope/scopeSchema';
export {
  requiredApprovers,
  approverStatuses,
  scopeStatus,
} from './scope/scopeAgreement';
export { diffScope } from './scope/diffScope';
export type { ComparableScope } from './scope/diffScope';
export { BUILT_IN_PROCESSES } from './scope/builtInProcesses';
export {
  toneCategorySchema,
  toneFindingSchema,
  TONE_TEXT_MAX_LENGTH,
  toneCheckRequestSchema,
  toneCheckResponseSchema,
  TONE_CATEGORY_LABELS,
} from './tone/toneSchema';
export type {
  ToneCategory,
  ToneFinding,
  ToneCheckRequest,
  ToneCheckResponse,
} from './tone/toneSchema';
export { TONE_PHRASES, TONE_ALLOW_LIST } from './tone/tonePhrases';
export type { TonePhrase } from './tone/tonePhrases';
export { checkTone, applySuggestion } from './tone/checkTone';
export type { ToneOptions } from './tone/checkTone';
export {
  toneConfigProblems,
  toneExtraPhraseSchema,
  toneConfigSchema,
  DEFAULT_TONE_CONFIG,
} from './tone/toneConfig';
export type { ToneConfig } from './tone/toneConfig';
export { preloadToneModel } from './tone/toneNlp';
export {
  boundedInt,
  INTEGER_MAX,
  ENTITY_REF_MAX_LENGTH,
  PROCESS_ID_MAX_LENGTH,
  TIMESTAMP_MAX_LENGTH,
  isoDateSchema,
  isoTimestampSchema,
  PATH_ID_PATTERN,
  pathIdSchema,
  pathIndexSchema,
  pathNumberSchema,
} from './validation/bounds';
export { describeIssues, formatIssues } from './validation/describeIssues';
export type { FieldIssue } from './validation/describeIssues';
export {
  hasControlCharacters,
  safeText,
  CONTROL_CHARACTERS_MESSAGE,
} from './validation/safeText';
export type { SafeTextOptions } from './validation/safeText';
export {
  csvResponse,
  defineEndpoint,
  endpointPathParams,
  isCsvEndpoint,
} from './api/defineEndpoint';
export type {
  CsvResponse,
  Endpoint,
  EndpointArgs,
  EndpointBody,
  EndpointClient,
  EndpointCredentials,
  EndpointMethod,
  EndpointParams,
  EndpointPathParamName,
  EndpointQuery,
  EndpointResponse,
  EndpointResult,
  PathParamNames,
  PathParamValue,
  PathArgs,
  QueryArgs,
  BodyArgs,
  ClientBody,
} from './api/defineEndpoint';
export { endpointRequest, pathParamNames } from './api/endpointRequest';
export type { EndpointRequest } from './api/endpointRequest';
export { csipEndpoints } from './api/endpoints';
export {
  ADVICE_RESPONSE_LABELS,
  COACHING_MIX_TARGET,
  DEFAULT_REVIEW_CADENCE_DAYS,
  FOLLOW_UP_OUTCOME_LABELS,
  MOMENT_CONTEXT_LABELS,
  MOMENT_KIND_LABELS,
  REMINDER_DELIVERY_LABELS,
  REMINDER_KIND_LABELS,
  adviceEntrySchema,
  adviceResponseCreateSchema,
  adviceResponseSchema,
  adviceResponseValueSchema,
  checkSustain,
  checkSustainHistory,
  type SustainOptions,
  coachingSummarySchema,
  commitmentSchema,
  describeCoachingMix,
  findLevelDrops,
  findLevelDropsInHistory,
  followUpOutcomeSchema,
  followUpOutcomeValueSchema,
  followUpSchema,
  isFollowUpDue,
  levelDropSchema,
  momentContextKindSchema,
  momentContextSchema,
  momentCreateSchema,
  momentKindSchema,
  momentSchema,
  reminderDeliverySchema,
  reminderKindSchema,
  reminderPreferencesSchema,
  reviewCommentCreateSchema,
  reviewCommentSchema,
  summariseCoaching,
  sustainStatusSchema,
} from './coaching';
export type {
  AdviceEntry,
  AdviceResponse,
  AdviceResponseCreate,
  AdviceResponseValue,
  CoachingSummary,
  Commitment,
  FollowUp,
  FollowUpOutcome,
  FollowUpOutcomeValue,
  LevelDrop,
  Moment,
  MomentContext,
  MomentContextKind,
  MomentCreate,
  MomentKind,
  ReminderDelivery,
  ReminderKind,
  ReminderPreferences,
  ReviewComment,
  ReviewCommentCreate,
  SustainReview,
  SustainStatus,
} from './coaching';
export {
  FEEDBACK_BARRIER_IDS,
  FEEDBACK_BARRIER_LABELS,
  FEEDBACK_BARRIERS,
  FEEDBACK_MIN_GROUP,
  FEEDBACK_SEVERITY_LABELS,
  ORGANISATION_MAX_LENGTH,
  OTHER_ORGANISATIONS,
  archivedFeedbackSchema,
  barrierRatingSchema,
  barrierSummarySchema,
  feedbackActionCreateSchema,
  feedbackBarrierSchema,
  feedbackEndpoints,
  feedbackGroupSummarySchema,
  feedbackResponseCreateSchema,
  feedbackResponseSchema,
  feedbackRoundCreateSchema,
  feedbackRoundSchema,
  feedbackSummarySchema,
  foldOrganisations,
  isRoundClosed,
  summariseFeedback,
} from './feedback';
export type {
  ArchivedFeedback,
  BarrierRating,
  BarrierSummary,
  FeedbackActionCreate,
  FeedbackBarrier,
  FeedbackBarrierInfo,
  FeedbackGroupSummary,
  FeedbackResponse,
  FeedbackResponseCreate,
  FeedbackRound,
  FeedbackRoundCreate,
  FeedbackSummary,
  SummarisedResponse,
} from './feedback';
export {
  archivedSelfAssessmentsSchema,
  calibrationGapFromMedians,
  countedAnswers,
  findSelfAssessmentProblems,
  medianGap,
  medianRating,
  SELF_ASSESSMENT_GROUP_MIN,
  SELF_RATING_LABELS,
  selfAssessmentAnswerSchema,
  selfAssessmentCreateSchema,
  selfAssessmentCriterionSchema,
  selfAssessmentDisagreementSchema,
  selfAssessmentEndpoints,
  selfAssessmentQuerySchema,
  selfAssessmentRatingsSchema,
  selfAssessmentRecordedSchema,
  selfAssessmentRoundStart,
  selfAssessmentSummarySchema,
  selfRatingCountsSchema,
  selfRatingSchema,
  summariseSelfAssessments,
} from './selfAssessment';
export type {
  ArchivedSelfAssessments,
  MedianGapRating,
  RoundReview,
  SelfAssessmentAnswer,
  SelfAssessmentCreate,
  SelfAssessmentCreateRequest,
  SelfAssessmentCriterion,
  SelfAssessmentDisagreement,
  SelfAssessmentInput,
  SelfAssessmentQuery,
  SelfAssessmentRecorded,
  SelfAssessmentSummary,
  SelfRating,
  SelfRatingCounts,
} from './selfAssessment';
export type { CsipEndpointName } from './api/endpoints';
export { openApiDocument, openApiPath } from './api/openApiDocument';
export type {
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
} from './api/openApiDocument';
export {
  archivedOutcomesSchema,
  CLOSURE_VERDICT_LABELS,
  closureSchema,
  closureVerdictSchema,
  KPI_DIRECTION_LABELS,
  KPI_ID_MAX_LENGTH,
  KPI_VALUE_MAX,
  kpiCreateSchema,
  kpiDefinitionSchema,
  kpiDirectionSchema,
  kpiIdFor,
  kpiIdSchema,
  kpiProgress,
  kpiReadingCreateSchema,
  kpiReadingSchema,
  kpiSchema,
  kpiValueSchema,
  latestReading,
  outcomesEndpoints,
  programmeCloseSchema,
  summariseKpis,
  withKpiIds,
  type ArchivedOutcomes,
  type Closure,
  type ClosureVerdict,
  type Kpi,
  type KpiCreate,
  type KpiDefinition,
  type KpiDirection,
  type KpiProgressInput,
  type KpiProgressReading,
  type KpiReading,
  type KpiReadingCreate,
  type ProgrammeClose,
} from './outcomes';
