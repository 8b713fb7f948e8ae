import type { Programme } from '@csip-coach/plugin-csip-common';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import Box from '@mui/material/Box';
import { errorSentence } from '../../../api/errorSentence';
import { IconNote } from '../../shared';
import { SustainNotice } from '../SustainNotice';
import { useSustainStatus } from '../useSustainStatus';

/** @internal */
export type ProgrammeSustainNoticeProps = {
  programme: Pick<Programme, 'id' | 'phase'>;
};

/**
 * On a programme in `sustain`: the cadence of the team's own reviews, a
 * lapse and any level that fell (`SustainNotice`), loaded with the
 * programme's coaching summary; nothing in other phases.
 *
 * @internal
 */
export const ProgrammeSustainNotice = ({
  programme,
}: ProgrammeSustainNoticeProps) => {
  const sustain = useSustainStatus(programme.id, programme.phase === 'sustain');
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
