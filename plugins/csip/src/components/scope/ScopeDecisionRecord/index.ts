export { ScopeDecisionRecord } from './ScopeDecisionRecord';
export type { ScopeDecisionRecordProps } from './ScopeDecisionRecord';
