import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { visuallyHidden } from '../../status/visuallyHidden';
import {
  describeLevelLine,
  NOT_KNOWN,
  shortProcessName,
} from './describeStatus';

type LevelVsTarget = NonNullable<ProgrammeSummary['status']>['levels'][number];

/**
 * One process's level against its target in a few characters: "Change
 * L2→3", "Configuration –→2" (not reviewed yet), "Release L1" (no target).
 */
export function compactLevelLabel({
  process,
  level,
  target,
}: LevelVsTarget): string {
  const now = level === null ? NOT_KNOWN : `L${level}`;
  return `${shortProcessName(process)} ${now}${
    target === null ? '' : `→${target}`
  }`;
}

/**
 * Each process's level against its target as a small chip, one under the
 * other, so the portfolio's column stays narrow. A met target has a filled
 * chip; the words ("Change: 2 of 3") are what a screen reader reads and
 * what a pointer shows on hover. Kept apart so a chart can replace it.
 *
 * @internal
 */
export const CompactLevels = ({
  levels,
}: {
  levels: readonly LevelVsTarget[];
}) => (
  <Box
    component="ul"
    sx={{
      listStyle: 'none',
      m: 0,
      p: 0,
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      gap: 0.5,
    }}
  >
    {levels.map(line => {
      const words = describeLevelLine(line);
      const met =
        line.level !== null &&
        line.target !== null &&
        line.level >= line.target;
      return (
        <li key={line.process}>
          <Chip
            size="small"
            variant={met ? 'filled' : 'outlined'}
            title={words}
            label={<span aria-hidden>{compactLevelLabel(line)}</span>}
          />
          <Box component="span" sx={visuallyHidden}>
            {words}
          </Box>
        </li>
      );
    })}
  </Box>
);
