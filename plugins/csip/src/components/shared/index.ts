/** Building blocks every feature uses. */
export { EntityPicker } from './EntityPicker/EntityPicker';
export type { EntityPickerProps } from './EntityPicker/EntityPicker';
export { FormErrorSummary } from './FormErrorSummary/FormErrorSummary';
export type { FormErrorSummaryProps } from './FormErrorSummary/FormErrorSummary';
export { PermittedButton } from './PermittedButton/PermittedButton';
export type { PermittedButtonProps } from './PermittedButton/PermittedButton';
export { NotAllowedNote } from './PermittedButton/NotAllowedNote';
export type { NotAllowedNoteProps } from './PermittedButton/NotAllowedNote';
export { PhaseLabel } from './PhaseLabel/PhaseLabel';
export { ProvenanceNote } from './ProvenanceNote/ProvenanceNote';
export type { ProvenanceNoteProps } from './ProvenanceNote/ProvenanceNote';
export { RefLink } from './RefLink/RefLink';
