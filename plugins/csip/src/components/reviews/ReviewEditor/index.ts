export { ReviewEditor } from './ReviewEditor';
export type { ReviewEditorProps } from './ReviewEditor';
