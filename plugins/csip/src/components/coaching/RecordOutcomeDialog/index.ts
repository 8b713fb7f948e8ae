export { RecordOutcomeDialog } from './RecordOutcomeDialog';
export type { RecordOutcomeDialogProps } from './RecordOutcomeDialog';
