export { HandoverItemDialog } from './HandoverItemDialog';
export type { HandoverItemDialogProps } from './HandoverItemDialog';
