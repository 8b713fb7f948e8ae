import {
  PhaseTransition,
  PROGRAMME_PHASES,
} from '@csip-coach/plugin-csip-common';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoIcon from '@mui/icons-material/Undo';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { PHASE_NAMES } from '../../../util/labels';
import { HistoryList, RefLink } from '../../shared';

/** @internal */
export type PhaseHistoryProps = {
  transitions: PhaseTransition[];
};

/**
 * Every past phase change, newest first: from and to, forward or back, who,
 * when and why.
 *
 * @internal
 */
export const PhaseHistory = ({ transitions }: PhaseHistoryProps) => (
  <HistoryList
    label="Phase history"
    entries={transitions}
    entryKey={t => t.id}
    newestFirstBy={t => t.movedAt}
    empty="No phase changes yet: the programme started in Establish. Moves forward and back will be listed here."
    renderEntry={t => {
      const back =
        PROGRAMME_PHASES.indexOf(t.to) < PROGRAMME_PHASES.indexOf(t.from);
      return {
        icon: back ? <UndoIcon /> : <ArrowForwardIcon />,
        title: `${back ? 'Moved back' : 'Moved forward'}: ${
          PHASE_NAMES[t.from]
        } → ${PHASE_NAMES[t.to]}`,
        details: (
          <Typography variant="body2" color="text.secondary">
            By <RefLink entityRef={t.movedBy} /> on {formatDateTime(t.movedAt)}
            {t.reason && (
              <>
                <br />
                Reason: {t.reason}
              </>
            )}
          </Typography>
        ),
      };
    }}
  />
);
