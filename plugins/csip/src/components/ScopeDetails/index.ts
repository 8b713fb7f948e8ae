export { ScopeDetails } from './ScopeDetails';
