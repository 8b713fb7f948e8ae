import {
  checkPhaseTransition,
  PhaseStatus,
  PROGRAMME_PHASES,
  ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
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
export type MoveBackDialogProps = {
  /** The phase the programme is in. */
  from: ProgrammePhase;
  facts: PhaseStatus['facts'];
  onClose: () => void;
  /** Moves the programme; a rejection is shown in the dialog. */
  onMoveBack: (to: ProgrammePhase, reason: string) => Promise<void>;
};

/**
 * Asks which earlier phase to go back to and why; the reason is kept in the
 * programme's history. Validated with the common `checkPhaseTransition`.
 *
 * @internal
 */
export const MoveBackDialog = ({
  from,
  facts,
  onClose,
  onMoveBack,
}: MoveBackDialogProps) => {
  const earlier = PROGRAMME_PHASES.slice(0, PROGRAMME_PHASES.indexOf(from));
  const [to, setTo] = useState<ProgrammePhase>(earlier[earlier.length - 1]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [moving, setMoving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const check = checkPhaseTransition({ from, to, reason, facts });
    if (!check.allowed) {
      setReasonError(check.unmet.map(u => u.message).join(' '));
      return;
    }
    setReasonError(undefined);
    setMoving(true);
    try {
      await onMoveBack(to, reason.trim());
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
      aria-labelledby="csip-move-back-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-move-back-title">
          Move back from {PHASE_NAMES[from]}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              Moving back is allowed at any time; say why, so whoever reads the
              programme’s history later understands what happened.
            </DialogContentText>
            {serverError && (
              <Alert severity="error">
                The programme was not moved: {serverError}
              </Alert>
            )}
            <TextField
              select
              label="Move back to"
              value={to}
              onChange={e => setTo(e.target.value as ProgrammePhase)}
              SelectProps={{ native: true }}
            >
              {earlier.map(phase => (
                <option key={phase} value={phase}>
                  {PHASE_NAMES[phase]}
                </option>
              ))}
            </TextField>
            <TextField
              label="Reason"
              value={reason}
              onChange={e => setReason(e.target.value)}
              error={Boolean(reasonError)}
              helperText={reasonError}
              multiline
              minRows={3}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={moving}>
            Move back
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
