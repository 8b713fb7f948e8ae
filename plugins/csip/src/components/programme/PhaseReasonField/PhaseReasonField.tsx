import type { FieldPath } from 'react-hook-form';
import { type FormDialogState, FormTextField } from '../../shared';

/** @internal */
export type PhaseReasonFieldProps<Draft extends { reason: string }, Body> = {
  /** The phase move's form, whose `reason` this field shows. */
  dialog: FormDialogState<Draft, Body>;
  /** Says whether the reason is needed, such as "Reason (optional)". */
  label: string;
  minRows: number;
};

/**
 * Why the programme moves to another phase, kept in its history.
 *
 * @internal
 */
export function PhaseReasonField<Draft extends { reason: string }, Body>({
  dialog,
  label,
  minRows,
}: PhaseReasonFieldProps<Draft, Body>) {
  return (
    <FormTextField
      control={dialog.control}
      name={'reason' as FieldPath<Draft>}
      label={label}
      error={dialog.errors.reason}
      multiline
      minRows={minRows}
    />
  );
}
