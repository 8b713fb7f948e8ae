import EventBusyIcon from '@mui/icons-material/EventBusy';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { processName } from '../../../util/labels';
import type { SustainFacts } from '../sustainFacts';

/** @internal */
export type SustainIndicatorProps = {
  facts?: SustainFacts;
};

const Mark = ({
  icon: Icon,
  children,
}: {
  icon: typeof EventBusyIcon;
  children: string;
}) => (
  <Box
    component="span"
    sx={{ display: 'inline-flex', alignItems: 'flex-start', gap: 0.5 }}
  >
    <Icon fontSize="small" color="warning" aria-hidden />
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  </Box>
);

/**
 * A compact mark for a table row, in words after an icon: the team's
 * review in `sustain` is overdue ("Team review due since 1 Feb 2027"),
 * and the processes whose level fell ("Level fell: Change management").
 * Nothing when neither.
 *
 * @internal
 */
export const SustainIndicator = ({ facts }: SustainIndicatorProps) => {
  if (!facts) return null;
  const lapsed = facts.active && facts.lapsed;
  const drops = facts.levelDrops.map(d =>
    processName(typeof d === 'string' ? d : d.process),
  );
  if (!lapsed && drops.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
      {lapsed && (
        <Mark icon={EventBusyIcon}>
          {facts.nextDueOn
            ? `Team review due since ${formatDate(facts.nextDueOn)}`
            : 'Team review due'}
        </Mark>
      )}
      {drops.length > 0 && (
        <Mark icon={TrendingDownIcon}>{`Level fell: ${drops.join(', ')}`}</Mark>
      )}
    </Box>
  );
};
