export { SkillsMatrixEditor } from './SkillsMatrixEditor';
export type { SkillsMatrixEditorProps } from './SkillsMatrixEditor';
