/** The scope tab: versions, the diff and sponsors' agreements. */
export { ScopeTab } from './ScopeTab/ScopeTab';
