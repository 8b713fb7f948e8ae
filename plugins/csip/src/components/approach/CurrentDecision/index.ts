export { CurrentDecision } from './CurrentDecision';
export type { CurrentDecisionProps } from './CurrentDecision';
