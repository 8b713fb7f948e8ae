export { ScopeDetails } from './ScopeDetails';
export { resourceFacts } from './resourceFacts';
