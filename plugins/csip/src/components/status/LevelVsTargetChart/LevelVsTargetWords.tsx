import { describeLevelVsTarget } from '@csip-coach/plugin-csip-common';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { MetMark } from '../../shared';
import { type LevelVsTargetRow, targetReached } from './levelVsTargetRows';
import { visuallyHidden } from '../visuallyHidden';

/** @internal */
export type LevelVsTargetWordsProps = {
  rows: ReadonlyArray<LevelVsTargetRow>;
  /** A process's display name. */
  processName: (row: LevelVsTargetRow) => string;
  /** The accessible name of the list. */
  label: string;
  /** Kept for screen readers only, when a chart shows the same. */
  hidden?: boolean;
};

/**
 * Each process's level against its target in words, one line each with a
 * check once the target is reached: "Change management: Level 2 Managed,
 * target 3 Established: 1 level to go". The text alternative of
 * {@link LevelVsTargetChart}.
 *
 * @internal
 */
export const LevelVsTargetWords = ({
  rows,
  processName,
  label,
  hidden = false,
}: LevelVsTargetWordsProps) => (
  <List
    dense
    disablePadding
    aria-label={label}
    sx={hidden ? visuallyHidden : undefined}
  >
    {rows.map(row => (
      <ListItem key={row.process} disableGutters sx={{ gap: 0.75, py: 0.25 }}>
        <MetMark
          met={targetReached(row)}
          pending={
            <TrendingUpIcon fontSize="small" color="action" aria-hidden />
          }
        />
        <Typography variant="body2">
          {processName(row)}: {describeLevelVsTarget(row.level, row.target)}
        </Typography>
      </ListItem>
    ))}
  </List>
);
