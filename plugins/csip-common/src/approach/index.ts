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
} from './approachSchema';
export type {
  Approach,
  ReadinessQuestion,
  ReadinessAnswers,
  RecommendationReason,
  Recommendation,
  DecisionCreate,
  Decision,
} from './approachSchema';
export { recommendApproach } from './recommendApproach';
export { checkDecision } from './checkDecision';
