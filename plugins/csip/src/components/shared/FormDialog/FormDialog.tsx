import Dialog, { DialogProps } from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  FormDialogActions,
  FormDialogActionsProps,
} from '../FormDialogActions';
import { FormErrorSummary } from '../FormErrorSummary';
import type { FormDialogState } from '../useFormDialog';

/** @internal */
export type DialogFormProps = {
  /** The form's state, from `useFormDialog`. */
  form: Pick<
    FormDialogState<FieldValues, unknown>,
    'submit' | 'busy' | 'errorCount' | 'serverError'
  >;
  /** The id of the title, which names the dialog. */
  titleId: string;
  title: ReactNode;
  /** What did not happen when the server refuses, e.g. "The programme was not created". */
  failure: string;
  /**
   * Whether the summary says how many fields need attention (the default);
   * when not, only the server's refusal is shown above the fields.
   */
  countErrors?: boolean;
  /** What comes before the summary, such as what the form does. */
  intro?: ReactNode;
  /** The space between the fields; 3 unless told. */
  spacing?: number;
  /** The fields. */
  children: ReactNode;
  /** The submit button's label, such as "Create". */
  submitLabel: ReactNode;
  onCancel: () => void;
  /** More of the actions: a reason to disable the submit button, and so on. */
  actions?: Omit<FormDialogActionsProps, 'submitLabel' | 'onCancel' | 'busy'>;
};

/**
 * The form inside a dialog: its title; what it is about, the summary of its
 * problems and its fields in one column; then Cancel and the submit button,
 * disabled while the form is sent. The form's own code checks it, not the
 * browser.
 *
 * @internal
 */
export const DialogForm = ({
  form,
  titleId,
  title,
  failure,
  countErrors = true,
  intro,
  spacing = 3,
  children,
  submitLabel,
  onCancel,
  actions,
}: DialogFormProps) => (
  <form onSubmit={form.submit} noValidate>
    <DialogTitle id={titleId}>{title}</DialogTitle>
    <DialogContent>
      <Stack spacing={spacing} sx={{ pt: 1 }}>
        {intro}
        <FormErrorSummary
          errorCount={countErrors ? form.errorCount : 0}
          serverError={form.serverError}
          failure={failure}
        />
        {children}
      </Stack>
    </DialogContent>
    <FormDialogActions
      {...actions}
      submitLabel={submitLabel}
      onCancel={onCancel}
      busy={form.busy}
    />
  </form>
);

/** @internal */
export type FormDialogProps = Omit<DialogFormProps, 'onCancel'> & {
  /** Open unless told. */
  open?: boolean;
  /** Closes the dialog: on Escape, outside it, and on Cancel. */
  onClose: () => void;
  maxWidth?: DialogProps['maxWidth'];
};

/**
 * A dialog that is one form (`DialogForm`), named by its title.
 *
 * @internal
 */
export const FormDialog = ({
  open = true,
  onClose,
  maxWidth = 'sm',
  ...form
}: FormDialogProps) => (
  <Dialog
    open={open}
    onClose={onClose}
    fullWidth
    maxWidth={maxWidth}
    aria-labelledby={form.titleId}
  >
    <DialogForm {...form} onCancel={onClose} />
  </Dialog>
);
