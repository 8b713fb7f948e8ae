import type { ProgrammePhase } from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FormEvent, useState } from 'react';
import { errorMessage } from '../../../util/errorMessage';
import { PHASE_NAMES } from '../../../util/labels';

/** @internal */
export type MoveForwardDialogProps = {
  /** The phase the programme is in. */
  from: ProgrammePhase;
  /** The next phase. */
  to: ProgrammePhase;
  onClose: () => void;
  /** Moves the programme; a rejection is shown in the dialog. */
  onMoveForward: (reason?: string) => Promise<void>;
};

/**
 * Asks for confirmation before the programme moves to its next phase, with
 * an optional reason kept in the programme's history. Moving forward is
 * recorded for everyone to see, so it is never one click.
 *
 * @internal
 */
export const MoveForwardDialog = ({
  from,
  to,
  onClose,
  onMoveForward,
}: MoveForwardDialogProps) => {
  const [reason, setReason] = useState('');
  const [serverError, setServerError] = useState<string>();
  const [moving, setMoving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    setMoving(true);
    try {
      await onMoveForward(reason.trim() || undefined);
    } catch (error) {
      setServerError(errorMessage(error));
      setMoving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="csip-move-forward-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-move-forward-title">
          Move from {PHASE_NAMES[from]} to {PHASE_NAMES[to]}?
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              Every gate for {PHASE_NAMES[to]} is met. The move is recorded in
              the programme’s history with your name; a reason is optional but
              helps whoever reads it later.
            </DialogContentText>
            {serverError && (
              <Alert severity="error" role="alert">
                The programme was not moved: {serverError}
              </Alert>
            )}
            <TextField
              label="Reason (optional)"
              value={reason}
              onChange={e => setReason(e.target.value)}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={moving}>
            Move to {PHASE_NAMES[to]}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
