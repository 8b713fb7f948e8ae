export { FormErrorSummary } from './FormErrorSummary';
export type { FormErrorSummaryProps } from './FormErrorSummary';
