import { describeLevelVsTarget } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import { MAX_LEVEL } from '../levelScale';
import { visuallyHidden } from '../visuallyHidden';

/** @internal */
export type LevelMeterProps = {
  /** The current capability level, 0–5; null when not reviewed yet. */
  level: number | null;
  /** The agreed target level; null when there is none. */
  target: number | null;
  /**
   * What a screen reader reads and a pointer shows on hover, such as
   * "Change: 2 of 3". By default the level and target in words.
   */
  label?: string;
};

/** Side of a segment and the gap between segments, in pixels. */
const SEGMENT = 8;
const GAP = 2;
/** Height of the mark under the target's segment, in pixels. */
const MARK = 2;

/**
 * A process's level against its target in 48 × 12 pixels, light enough
 * for a table row: five segments for the levels 1–5, filled up to the
 * current level (hollow, dotted, while not reviewed), and a bar under the
 * target's segment, whose outline is bold. Filled segments, outlines and
 * the mark use the theme's primary and text colours, which contrast at
 * least 3:1 with the paper. The label is kept as visually hidden text.
 *
 * @internal
 */
export const LevelMeter = ({ level, target, label }: LevelMeterProps) => {
  const words = label ?? describeLevelVsTarget(level, target);
  const segments = Array.from({ length: MAX_LEVEL }, (_, i) => i + 1);
  return (
    <Box
      component="span"
      title={words}
      sx={{ display: 'inline-block', lineHeight: 0, verticalAlign: 'middle' }}
    >
      <Box
        component="span"
        aria-hidden
        data-testid="level-meter"
        sx={{
          display: 'inline-flex',
          gap: `${GAP}px`,
          pb: `${GAP + MARK}px`,
          '@media print': { printColorAdjust: 'exact' },
        }}
      >
        {segments.map(segment => {
          const filled = level !== null && segment <= level;
          const isTarget = segment === target;
          return (
            <Box
              key={segment}
              component="span"
              data-level={segment}
              data-filled={filled}
              data-target={isTarget || undefined}
              sx={{
                position: 'relative',
                boxSizing: 'border-box',
                width: SEGMENT,
                height: SEGMENT,
                border: isTarget ? 2 : 1,
                borderStyle: level === null ? 'dotted' : 'solid',
                borderColor: isTarget ? 'text.primary' : 'text.secondary',
                bgcolor: filled ? 'primary.main' : 'transparent',
                '&::after': isTarget
                  ? {
                      content: '""',
                      position: 'absolute',
                      left: -2,
                      right: -2,
                      bottom: -(GAP + MARK + 2),
                      height: MARK,
                      bgcolor: 'text.primary',
                    }
                  : undefined,
              }}
            />
          );
        })}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {words}
      </Box>
    </Box>
  );
};
