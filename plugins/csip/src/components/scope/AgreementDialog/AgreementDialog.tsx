import {
  AgreementCreate,
  agreementCreateSchema,
} from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useState } from 'react';
import { errorMessage } from '../../../util/errorMessage';
import { fieldErrors, formParseParams } from '../../../util/formIssues';

/** @internal */
export type AgreementDialogProps = {
  decision: AgreementCreate['decision'];
  versionNumber: number;
  onClose: () => void;
  /** Records the decision; a rejection is shown in the dialog. */
  onConfirm: (agreement: AgreementCreate) => Promise<void>;
};

const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}${
    message.endsWith('.') ? '' : '.'
  }`;

/**
 * Agrees or declines one scope version as the signed-in user, with a
 * comment; a decline needs one (checked with `agreementCreateSchema`).
 *
 * @internal
 */
export const AgreementDialog = ({
  decision,
  versionNumber,
  onClose,
  onConfirm,
}: AgreementDialogProps) => {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const agree = decision === 'agree';
  const title = agree
    ? `Agree scope version ${versionNumber}`
    : `Decline scope version ${versionNumber}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = agreementCreateSchema.safeParse(
      { decision, comment },
      formParseParams,
    );
    if (!parsed.success) {
      const message = fieldErrors(parsed.error).comment;
      setError(message ? sentence(message) : 'Check the comment.');
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await onConfirm(parsed.data);
    } catch (e) {
      setServerError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="csip-agreement-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-agreement-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">
              {agree
                ? 'You agree this version as yourself. If a new version is published, you will be asked again.'
                : 'You decline this version as yourself. Say what would make it agreeable so the lead and coach can publish a new version.'}
            </Typography>
            {serverError && (
              <Alert severity="error" role="alert">
                Your decision was not recorded: {serverError}
              </Alert>
            )}
            <TextField
              label="Comment"
              value={comment}
              onChange={e => setComment(e.target.value)}
              multiline
              minRows={3}
              required={!agree}
              error={Boolean(error)}
              helperText={
                error ??
                (agree
                  ? 'Optional.'
                  : 'Required: what would make this scope agreeable?')
              }
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            Confirm
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
