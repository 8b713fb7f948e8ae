import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LevelMeter } from '../../status/LevelMeter';
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
 * Each process's level against its target, one under the other so the
 * portfolio's column stays narrow: its few characters ("Change L2→3")
 * over a {@link LevelMeter} that fills the levels reached and marks the
 * target. The words ("Change: 2 of 3") are what a screen reader reads and
 * what a pointer shows on hover.
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
      gap: 0.75,
    }}
  >
    {levels.map(line => (
      <Box
        component="li"
        key={line.process}
        sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}
      >
        <Typography
          component="span"
          variant="caption"
          aria-hidden
          sx={{ lineHeight: 1.3, whiteSpace: 'nowrap' }}
        >
          {compactLevelLabel(line)}
        </Typography>
        <LevelMeter
          level={line.level}
          target={line.target}
          label={describeLevelLine(line)}
        />
      </Box>
    ))}
  </Box>
);
