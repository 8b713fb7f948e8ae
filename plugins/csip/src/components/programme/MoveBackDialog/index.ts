export { MoveBackDialog } from './MoveBackDialog';
export type { MoveBackDialogProps } from './MoveBackDialog';
