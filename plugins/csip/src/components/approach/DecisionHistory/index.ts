export { DecisionHistory } from './DecisionHistory';
export type { DecisionHistoryProps } from './DecisionHistory';
