/** Team self-assessment before a review: the dialog, and the spread the coach sees. */
export { SelfAssessButton, SelfAssessDialog } from './SelfAssessDialog';
export type {
  SelfAssessButtonProps,
  SelfAssessDialogProps,
} from './SelfAssessDialog';
export { SelfAssessmentSpread } from './SelfAssessmentSpread';
export type { SelfAssessmentSpreadProps } from './SelfAssessmentSpread';
export { useSelfAssessmentSummary } from './useSelfAssessmentSummary';
