import type {
  CoachingSummary,
  Programme,
} from '@csip-coach/plugin-csip-common';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import Box from '@mui/material/Box';
import { errorSentence } from '../../../api/errorSentence';
import type { CsipQuery } from '../../../hooks/useCsipQuery';
import { IconNote } from '../../shared';
import { SustainNotice } from '../SustainNotice';
import { useSustainStatus } from '../useSustainStatus';

/** @internal */
export type ProgrammeSustainNoticeProps = {
  programme: Pick<Programme, 'id' | 'phase'>;
  /**
   * The programme's coaching summary, when the page loads it for other parts
   * too (`useCoaching`); without it, the notice loads it itself in sustain.
   */
  coaching?: CsipQuery<CoachingSummary>;
};

/**
 * On a programme in `sustain`: the cadence of the team's own reviews, a
 * lapse and any level that fell (`SustainNotice`), from the programme's
 * coaching summary (given, or loaded here); nothing in other phases.
 *
 * @internal
 */
export const ProgrammeSustainNotice = ({
  programme,
  coaching,
}: ProgrammeSustainNoticeProps) => {
  const inSustain = programme.phase === 'sustain';
  const own = useSustainStatus(programme.id, inSustain && !coaching);
  const sustain =
    coaching && inSustain
      ? { ...coaching, value: coaching.value?.sustain }
      : own;
  if (sustain.error && !sustain.loading) {
    return (
      <Box sx={{ mb: 3 }}>
        <IconNote icon={ErrorOutlineIcon}>
          Could not check the team’s review cadence:{' '}
          {errorSentence(sustain.error)}
        </IconNote>
      </Box>
    );
  }
  return sustain.value ? (
    <Box sx={{ mb: 3 }}>
      <SustainNotice facts={sustain.value} />
    </Box>
  ) : null;
};
