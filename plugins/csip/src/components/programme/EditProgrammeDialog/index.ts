export { EditProgrammeDialog } from './EditProgrammeDialog';
export type { EditProgrammeDialogProps } from './EditProgrammeDialog';
