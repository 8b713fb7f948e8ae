import { Progress } from '@backstage/frontend-plugin-api';
import {
  PROGRAMME_PHASES,
  ProgrammePhase,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoIcon from '@mui/icons-material/Undo';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { PHASE_NAMES } from '../../../util/labels';
import { MoveBackDialog } from '../MoveBackDialog';
import { MoveForwardDialog } from '../MoveForwardDialog';
import { LoadError, NotAllowedNote, SectionPanel } from '../../shared';
import { PhaseGates } from '../PhaseGates';
import { PhaseHistory } from '../PhaseHistory';
import { PhaseSteps } from '../PhaseSteps';
import { usePhaseStatus } from '../usePhaseStatus';

/** @internal */
export type PhaseStepperProps = {
  /** The programme: its id, and its members for the role rule. */
  programme: Pick<Programme, 'id' | 'members'>;
  /** Called after the programme moved, so the page can show its new phase. */
  onMoved?: () => void;
};

/**
 * Where the programme is in its five phases, what the next move needs (the
 * backend's unmet gates, in words), the moves forward and back, and every
 * past move. Only the programme's leads and coaches move it, and only when
 * the portal's permission policy allows `csip.programme.update`
 * (`useProgrammeAction('movePhase')`); anyone else sees the moves disabled
 * with the reason. Moving forward asks for confirmation (the reason is
 * optional); moving back needs a reason.
 *
 * @internal
 */
export const PhaseStepper = ({ programme, onMoved }: PhaseStepperProps) => {
  const programmeId = programme.id;
  const [movingForward, setMovingForward] = useState(false);
  const [movingBack, setMovingBack] = useState(false);
  const update = useProgrammeAction('movePhase', programme);
  const phases = usePhaseStatus(programmeId);
  const { value: status, move: moveTo } = phases;

  if (phases.error && !phases.loading) {
    return <LoadError failed={phases} title="Could not load the phases" />;
  }
  if (!status || update.loading) {
    return <Progress />;
  }

  const move = async (to: ProgrammePhase, reason?: string) => {
    await moveTo(to, reason);
    onMoved?.();
  };

  const { next } = status;
  const unmetListId = `csip-${programmeId}-unmet-gates`;
  const canMoveBack = PROGRAMME_PHASES.indexOf(status.phase) > 0;
  const whyId = `csip-${programmeId}-move-why`;
  const notAllowedId = update.allowed ? undefined : whyId;

  return (
    <SectionPanel
      titleId="csip-phases-title"
      title={`Phase: ${PHASE_NAMES[status.phase]}`}
      spacing={2}
    >
      <PhaseSteps phase={status.phase} />
      <PhaseGates status={status} unmetListId={unmetListId} />
      <Stack direction="row" spacing={2}>
        {next && (
          <Button
            variant="contained"
            startIcon={<ArrowForwardIcon />}
            disabled={!next.allowed || !update.allowed}
            aria-describedby={[unmetListId, notAllowedId]
              .filter(Boolean)
              .join(' ')}
            onClick={() => setMovingForward(true)}
          >
            Move to {PHASE_NAMES[next.to]}
          </Button>
        )}
        {canMoveBack && (
          <Button
            variant="outlined"
            startIcon={<UndoIcon />}
            disabled={!update.allowed}
            aria-describedby={notAllowedId}
            onClick={() => setMovingBack(true)}
          >
            Move back
          </Button>
        )}
      </Stack>
      {(next || canMoveBack) && (
        <NotAllowedNote id={whyId} reason={update.reason} />
      )}
      <Typography variant="subtitle1" component="h4">
        Phase history
      </Typography>
      <PhaseHistory transitions={status.transitions} />
      {movingForward && next && (
        <MoveForwardDialog
          from={status.phase}
          to={next.to}
          onClose={() => setMovingForward(false)}
          onMoveForward={async reason => {
            await move(next.to, reason);
            setMovingForward(false);
          }}
        />
      )}
      {movingBack && (
        <MoveBackDialog
          from={status.phase}
          facts={status.facts}
          onClose={() => setMovingBack(false)}
          onMoveBack={async (to, reason) => {
            await move(to, reason);
            setMovingBack(false);
          }}
        />
      )}
    </SectionPanel>
  );
};
