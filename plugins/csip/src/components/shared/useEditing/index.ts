export { useEditing } from './useEditing';
export type { EditingState } from './useEditing';
