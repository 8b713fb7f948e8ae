import {
  checkPhaseTransition,
  PhaseStatus,
  phaseTransitionRequestSchema,
  PROGRAMME_PHASES,
  ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
import DialogContentText from '@mui/material/DialogContentText';
import { PHASE_NAMES } from '../../../util/labels';
import { FormDialog, FormTextField, useFormDialog } from '../../shared';
import { PhaseReasonField } from '../PhaseReasonField';

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
  const dialog = useFormDialog({
    schema: phaseTransitionRequestSchema,
    defaultValues: { to: earlier[earlier.length - 1], reason: '' },
    check: ({ to, reason }, found) => {
      const check = checkPhaseTransition({ from, to, reason, facts });
      if (!check.allowed) {
        found.reason = check.unmet.map(u => u.message).join(' ');
      }
    },
    onSubmit: ({ to, reason }) => onMoveBack(to, reason ?? ''),
  });

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-move-back-title"
      title={`Move back from ${PHASE_NAMES[from]}`}
      failure="The programme was not moved"
      countErrors={false}
      spacing={2}
      intro={
        <DialogContentText>
          Moving back is allowed at any time; say why, so whoever reads the
          programme’s history later understands what happened.
        </DialogContentText>
      }
      submitLabel="Move back"
    >
      <FormTextField
        control={dialog.control}
        name="to"
        select
        label="Move back to"
        SelectProps={{ native: true }}
      >
        {earlier.map(phase => (
          <option key={phase} value={phase}>
            {PHASE_NAMES[phase]}
          </option>
        ))}
      </FormTextField>
      <PhaseReasonField dialog={dialog} label="Reason" minRows={3} />
    </FormDialog>
  );
};
