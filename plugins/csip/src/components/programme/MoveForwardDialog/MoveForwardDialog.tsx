import {
  phaseTransitionRequestSchema,
  type ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
import DialogContentText from '@mui/material/DialogContentText';
import { PHASE_NAMES } from '../../../util/labels';
import { FormDialog, useFormDialog } from '../../shared';
import { PhaseReasonField } from '../PhaseReasonField';

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
  const dialog = useFormDialog({
    schema: phaseTransitionRequestSchema,
    defaultValues: { reason: '' },
    toBody: ({ reason }) => ({ to, reason: reason.trim() || undefined }),
    onSubmit: body => onMoveForward(body.reason),
  });

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-move-forward-title"
      title={`Move from ${PHASE_NAMES[from]} to ${PHASE_NAMES[to]}?`}
      failure="The programme was not moved"
      countErrors={false}
      spacing={2}
      intro={
        <DialogContentText>
          Every gate for {PHASE_NAMES[to]} is met. The move is recorded in the
          programme’s history with your name; a reason is optional but helps
          whoever reads it later.
        </DialogContentText>
      }
      submitLabel={`Move to ${PHASE_NAMES[to]}`}
    >
      <PhaseReasonField dialog={dialog} label="Reason (optional)" minRows={2} />
    </FormDialog>
  );
};
