export { ScopeVersionHistory } from './ScopeVersionHistory';
