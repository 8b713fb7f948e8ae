import {
  PhaseTransition,
  PROGRAMME_PHASES,
} from '@csip-coach/plugin-csip-common';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoIcon from '@mui/icons-material/Undo';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { PHASE_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';

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
export const PhaseHistory = ({ transitions }: PhaseHistoryProps) => {
  if (!transitions.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No phase changes yet: the programme started in Establish. Moves forward
        and back will be listed here.
      </Typography>
    );
  }
  const newestFirst = [...transitions].sort((a, b) =>
    b.movedAt.localeCompare(a.movedAt),
  );
  return (
    <List dense aria-label="Phase history">
      {newestFirst.map(t => {
        const back =
          PROGRAMME_PHASES.indexOf(t.to) < PROGRAMME_PHASES.indexOf(t.from);
        return (
          <ListItem key={t.id} alignItems="flex-start">
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>
              {back ? (
                <UndoIcon aria-hidden />
              ) : (
                <ArrowForwardIcon aria-hidden />
              )}
            </ListItemIcon>
            <ListItemText
              primary={`${back ? 'Moved back' : 'Moved forward'}: ${
                PHASE_NAMES[t.from]
              } → ${PHASE_NAMES[t.to]}`}
              secondary={
                <>
                  By <RefLink entityRef={t.movedBy} /> on{' '}
                  {formatDateTime(t.movedAt)}
                  {t.reason && (
                    <>
                      <br />
                      Reason: {t.reason}
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
};
