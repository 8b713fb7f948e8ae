import {
  PROGRAMME_PHASES,
  ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
import Chip from '@mui/material/Chip';
import { PHASE_NAMES } from '../../../util/labels';

/**
 * A programme's phase in words, with its position in the five phases, so
 * status never rests on colour alone.
 *
 * @internal
 */
export const PhaseLabel = ({ phase }: { phase: ProgrammePhase }) => {
  const position = PROGRAMME_PHASES.indexOf(phase) + 1;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={`${PHASE_NAMES[phase]} (${position} of ${PROGRAMME_PHASES.length})`}
    />
  );
};
