export { SelfAssessmentSpread } from './SelfAssessmentSpread';
export type { SelfAssessmentSpreadProps } from './SelfAssessmentSpread';
