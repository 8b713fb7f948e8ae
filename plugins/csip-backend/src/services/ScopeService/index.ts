export { ScopeService } from './ScopeService';
export { computeScopeView } from './computeScopeView';
