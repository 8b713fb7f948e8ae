import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

/** @internal */
export type FormDialogActionsProps = {
  /** The submit button's label, such as "Create". */
  submitLabel: ReactNode;
  /** While the request is on its way the submit button is disabled. */
  busy?: boolean;
  /** The submit button's label while busy; `submitLabel` when not given. */
  busyLabel?: ReactNode;
  /** Another reason to disable the submit button, such as a rule not met. */
  disabled?: boolean;
  /** The ids of what says why the submit button is disabled; falsy ones are left out. */
  describedBy?: ReadonlyArray<string | false | undefined>;
  /** Leaves the dialog. */
  onCancel: () => void;
  /** The cancel button's label; "Cancel" when not given. */
  cancelLabel?: ReactNode;
  /** Whether the cancel button is disabled, such as while a request cannot be left. */
  cancelDisabled?: boolean;
  /**
   * For a dialog without a form: what the submit button does. When not
   * given, the button submits the form around it.
   */
  onSubmit?: () => void;
};

/**
 * The end of a form dialog: Cancel, then the contained submit button,
 * disabled while its request is on its way.
 *
 * @internal
 */
export const FormDialogActions = ({
  submitLabel,
  busy = false,
  busyLabel,
  disabled = false,
  describedBy,
  onCancel,
  cancelLabel = 'Cancel',
  cancelDisabled,
  onSubmit,
}: FormDialogActionsProps) => (
  <DialogActions>
    <Button onClick={onCancel} disabled={cancelDisabled}>
      {cancelLabel}
    </Button>
    <Button
      type={onSubmit ? 'button' : 'submit'}
      onClick={onSubmit}
      variant="contained"
      disabled={busy || disabled}
      aria-describedby={describedBy?.filter(Boolean).join(' ') || undefined}
    >
      {busy && busyLabel ? busyLabel : submitLabel}
    </Button>
  </DialogActions>
);
