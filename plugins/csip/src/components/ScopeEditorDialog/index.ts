export { ScopeEditorDialog } from './ScopeEditorDialog';
