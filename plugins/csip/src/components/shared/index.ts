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
export { RepeatableRows } from './RepeatableRows/RepeatableRows';
export type {
  RepeatableRow,
  RepeatableRowsProps,
} from './RepeatableRows/RepeatableRows';
export { OutlinedSection } from './OutlinedSection/OutlinedSection';
export type { OutlinedSectionProps } from './OutlinedSection/OutlinedSection';
export { ChangeList } from './ChangeList/ChangeList';
export type {
  ChangeKind,
  ChangeListItem,
  ChangeListProps,
} from './ChangeList/ChangeList';
export { HistoryList } from './HistoryList/HistoryList';
export type {
  HistoryListColumn,
  HistoryListEntry,
  HistoryListProps,
} from './HistoryList/HistoryList';
export { DialogForm, FormDialog } from './FormDialog/FormDialog';
export type { DialogFormProps, FormDialogProps } from './FormDialog/FormDialog';
export { FormDialogActions } from './FormDialogActions/FormDialogActions';
export type { FormDialogActionsProps } from './FormDialogActions/FormDialogActions';
export { FormTextField } from './FormTextField/FormTextField';
export type { FormTextFieldProps } from './FormTextField/FormTextField';
export { fullStop, sentence } from './useFormDialog/sentence';
export { isStale, useFormDialog } from './useFormDialog/useFormDialog';
export type {
  FormDialogState,
  UseFormDialogOptions,
} from './useFormDialog/useFormDialog';
export { OwnerField } from './OwnerField/OwnerField';
export type { OwnerFieldProps } from './OwnerField/OwnerField';
export { SectionPanel } from './SectionPanel';
export type { SectionPanelProps } from './SectionPanel';
export { SpreadRow } from './SpreadRow';
export type { SpreadRowProps } from './SpreadRow';
export { ChipRow, LookedUpStatusChip, StatusChip } from './StatusChip';
export { readableColour } from './readableColour';
export { focusRingSx } from './focusRing';
export type { StatusChipProps, StatusLook, StatusTone } from './StatusChip';
export { EmptyState } from './EmptyState';
export type { EmptyStateProps } from './EmptyState';
export { TitleBar } from './TitleBar';
export type { TitleBarProps } from './TitleBar';
export { LoadState } from './LoadState';
export type { LoadStateProps } from './LoadState';
export { LoadError } from './LoadError';
export type { FailedLoad, LoadErrorBack, LoadErrorProps } from './LoadError';
export { ArchivedChip } from './ArchivedChip';
export { FactList } from './FactList';
export type { Fact, FactListProps } from './FactList';
export { FieldGroup } from './FieldGroup';
export type { FieldGroupProps } from './FieldGroup';
export { RowTextField } from './RepeatableRows';
export type { RowTextFieldProps } from './RepeatableRows';
export { NoticeAlert } from './NoticeAlert';
export type { NoticeAlertProps } from './NoticeAlert';
export { useEditing } from './useEditing';
export type { EditingState } from './useEditing';
export type { RowsFieldProps } from './RepeatableRows';
export { FormRows } from './RepeatableRows';
export type { FormRowsProps } from './RepeatableRows';
export { MetMark } from './MetMark';
export type { MetMarkProps } from './MetMark';
export { IconNote } from './IconNote';
export type { IconNoteProps } from './IconNote';
export { BulletList } from './BulletList';
export type { BulletListProps, TitledTexts } from './BulletList';
