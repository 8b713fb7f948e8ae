import {
  describeLevelVsTarget,
  type MaturityView,
} from '@csip-coach/plugin-csip-common';
import { MetMark } from '../../shared';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';

const reached = (level: number | null, target: number | null) =>
  level !== null && target !== null && level >= target;

/**
 * Each process in scope or already reviewed, one line each: its level
 * against its target in words.
 */
export const LevelsVsTargets = ({
  maturity,
  label,
}: {
  maturity: MaturityView;
  /** The accessible name of the list. */
  label: string;
}) => {
  const processes = maturity.processes.filter(
    p => p.inScope || p.level !== null,
  );
  if (!processes.length) {
    return (
      <Typography variant="body2">
        No processes in scope yet: publish a scope with target levels.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label={label}>
      {processes.map(p => (
        <ListItem key={p.process} disableGutters sx={{ gap: 0.75, py: 0.25 }}>
          <MetMark
            met={reached(p.level, p.target)}
            pending={
              <TrendingUpIcon fontSize="small" color="action" aria-hidden />
            }
          />
          <Typography variant="body2">
            {p.name}: {describeLevelVsTarget(p.level, p.target)}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};
