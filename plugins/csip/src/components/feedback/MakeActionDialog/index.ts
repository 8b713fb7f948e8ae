export { MakeActionDialog } from './MakeActionDialog';
export type { MakeActionDialogProps } from './MakeActionDialog';
