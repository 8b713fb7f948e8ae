export { CreateProgrammeDialog } from './CreateProgrammeDialog';
export type { CreateProgrammeDialogProps } from './CreateProgrammeDialog';
