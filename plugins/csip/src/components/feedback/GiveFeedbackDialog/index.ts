export { GiveFeedbackDialog } from './GiveFeedbackDialog';
export type { GiveFeedbackDialogProps } from './GiveFeedbackDialog';
