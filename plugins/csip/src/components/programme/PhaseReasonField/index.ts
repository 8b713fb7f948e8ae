export { PhaseReasonField } from './PhaseReasonField';
export type { PhaseReasonFieldProps } from './PhaseReasonField';
