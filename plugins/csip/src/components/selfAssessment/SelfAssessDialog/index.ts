export { SelfAssessButton } from './SelfAssessButton';
export type { SelfAssessButtonProps } from './SelfAssessButton';
export { SelfAssessDialog } from './SelfAssessDialog';
export type { SelfAssessDialogProps } from './SelfAssessDialog';
