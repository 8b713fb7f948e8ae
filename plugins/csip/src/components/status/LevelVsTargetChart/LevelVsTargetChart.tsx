import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { processName as builtInName } from '../../../util/labels';
import { chartLegend } from '../chartLegend';
import { levelAxis, levelValue } from '../levelScale';
import { useChartWidth } from '../useChartWidth';
import type { LevelVsTargetRow } from './levelVsTargetRows';
import { LevelVsTargetWords } from './LevelVsTargetWords';

/** @internal */
export type LevelVsTargetChartProps = {
  /** The processes, in the order to show them. */
  rows: ReadonlyArray<LevelVsTargetRow>;
  /** The chart's accessible name, such as "Levels against targets". */
  label: string;
  /**
   * Small, for cards and table rows: about 24 px per process, numbered
   * level ticks and no axis titles.
   */
  compact?: boolean;
  /**
   * The levels in words: `hidden` (the default) keeps them for screen
   * readers only, `visible` shows them under the chart, `none` leaves them
   * out when the page says the same beside the chart (a report table).
   */
  words?: 'visible' | 'hidden' | 'none';
  /** A fixed width in pixels, for print; otherwise it fills its container. */
  width?: number;
  /** Turn animation off, as for print. */
  skipAnimation?: boolean;
};

const FALLBACK_WIDTH = 480;

/** Room for the process names on the left, from the longest. */
function nameMargin(names: string[], compact: boolean, width: number) {
  const longest = Math.max(0, ...names.map(n => n.length));
  const perChar = compact ? 6 : 7;
  return Math.min(Math.round(width * 0.45), longest * perChar + 16);
}

/**
 * Each process's current capability level as a horizontal bar beside its
 * target, on a 0–5 axis named by level (0 Incomplete … 5 Innovating), with
 * a legend; a `compact` variant fits a card. It inherits the Backstage
 * theme; the figure is named by `label` and screen readers get each
 * process's level against its target in words. A process not reviewed yet
 * has no level bar, one without a target no target bar.
 *
 * @internal
 */
export const LevelVsTargetChart = ({
  rows,
  label,
  compact = false,
  words = 'hidden',
  width: fixedWidth,
  skipAnimation,
}: LevelVsTargetChartProps) => {
  const theme = useTheme();
  const { ref, width: measured } = useChartWidth<HTMLDivElement>(
    fixedWidth ?? FALLBACK_WIDTH,
  );
  const width = fixedWidth ?? measured;
  if (!rows.length) {
    return (
      <Typography variant="body2">
        No processes in scope yet: publish a scope with target levels.
      </Typography>
    );
  }

  const processName = (row: LevelVsTargetRow) =>
    row.name ?? builtInName(row.process);
  const names = rows.map(processName);
  const perProcess = compact ? 24 : 44;
  const margin = {
    top: compact ? 28 : 40,
    bottom: compact ? 24 : 52,
    right: 16,
    left: nameMargin(names, compact, width),
  };
  const fontSize = compact ? 11 : 12;

  return (
    <Box component="figure" aria-label={label} sx={{ m: 0 }}>
      <Box
        ref={ref}
        aria-hidden
        sx={{
          width: fixedWidth ?? '100%',
          '& text': { fontFamily: 'inherit' },
        }}
      >
        <BarChart
          layout="horizontal"
          width={width}
          height={margin.top + margin.bottom + rows.length * perProcess}
          margin={margin}
          skipAnimation={skipAnimation}
          yAxis={[
            {
              scaleType: 'band',
              data: names,
              tickLabelStyle: { fontSize },
            },
          ]}
          xAxis={[
            {
              ...levelAxis({
                label: compact ? undefined : 'Capability level',
                numbersOnly: compact,
              }),
              tickLabelStyle: { fontSize },
            },
          ]}
          series={[
            {
              id: 'level',
              label: 'Current level',
              data: rows.map(r => r.level),
              color: theme.palette.primary.main,
              valueFormatter: levelValue('Not reviewed yet'),
            },
            {
              id: 'target',
              label: 'Target',
              data: rows.map(r => r.target),
              color: theme.palette.text.secondary,
              valueFormatter: levelValue('No target'),
            },
          ]}
          slotProps={chartLegend(theme, fontSize, compact ? 10 : 14)}
        />
      </Box>
      {words !== 'none' && (
        <LevelVsTargetWords
          rows={rows}
          processName={processName}
          label={`${label} in words`}
          hidden={words === 'hidden'}
        />
      )}
    </Box>
  );
};
