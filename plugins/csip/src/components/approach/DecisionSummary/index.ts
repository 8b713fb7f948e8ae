export { DecisionSummary } from './DecisionSummary';
export type { DecisionSummaryProps } from './DecisionSummary';
