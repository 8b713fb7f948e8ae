export { ScopeTab } from './ScopeTab';
