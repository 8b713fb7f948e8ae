export { MoveForwardDialog } from './MoveForwardDialog';
export type { MoveForwardDialogProps } from './MoveForwardDialog';
