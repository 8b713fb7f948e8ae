export { RecordMomentButton } from './RecordMomentButton';
export type { RecordMomentButtonProps } from './RecordMomentButton';
export { RecordMomentDialog } from './RecordMomentDialog';
export type { RecordMomentDialogProps } from './RecordMomentDialog';
