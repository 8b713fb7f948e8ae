export { ScopeApprovers, DecisionChip } from './ScopeApprovers';
