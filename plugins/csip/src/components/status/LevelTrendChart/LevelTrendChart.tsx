import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { formatDate } from '../../../util/formatDate';
import { chartLegend } from '../chartLegend';
import { levelAxis, levelTitle, levelValue } from '../levelScale';
import { useChartWidth } from '../useChartWidth';

/** @internal */
export type LevelTrendChartProps = {
  /** Each published level by review date, oldest first. */
  trend: ReadonlyArray<{ date: string; level: number }>;
  /** The target level, drawn as a dashed line; null when not in scope. */
  target: number | null;
  /** A fixed width in pixels, for print; otherwise it fills its container. */
  width?: number;
  /** Height of the chart in pixels. */
  height?: number;
  /** Turn animation off, as for print. */
  skipAnimation?: boolean;
};

const FALLBACK_WIDTH = 320;
const DAY = 24 * 60 * 60 * 1000;

const time = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

/**
 * The trend and target in words, for screen readers:
 * "Level over time: 1 on 2026-09-01, 2 on 2026-11-01; target 3".
 */
function describeTrend(
  trend: LevelTrendChartProps['trend'],
  target: number | null,
): string {
  const points = trend.map(p => `${p.level} on ${p.date}`).join(', ');
  const goal = target === null ? 'no target' : `target ${target}`;
  return `Level over time: ${points}; ${goal}`;
}

/**
 * The date axis, ticked at each review date (labels that would overlap are
 * left out); a single review gets a fortnight either side.
 */
function dateAxis(dates: Date[]) {
  const first = dates[0].getTime();
  const last = dates[dates.length - 1].getTime();
  const single = first === last;
  return {
    scaleType: 'time' as const,
    data: dates,
    min: single ? new Date(first - 14 * DAY) : undefined,
    max: single ? new Date(last + 14 * DAY) : undefined,
    tickInterval: dates,
    valueFormatter: (date: Date) => formatDate(date.toISOString()),
  };
}

/**
 * A process's published levels over time as a step line, dated on the x
 * axis and named by level on the y axis (0 Incomplete … 5 Innovating),
 * with the target as a dashed line named in the legend ("Target:
 * Established"). It inherits the Backstage theme; screen readers get the
 * same in words, and before the first published review it says so in text.
 *
 * @internal
 */
export const LevelTrendChart = ({
  trend,
  target,
  width: fixedWidth,
  height = 200,
  skipAnimation,
}: LevelTrendChartProps) => {
  const theme = useTheme();
  const { ref, width: measured } = useChartWidth<HTMLDivElement>(
    fixedWidth ?? FALLBACK_WIDTH,
  );
  if (trend.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No published reviews yet
      </Typography>
    );
  }

  const dates = trend.map(p => time(p.date));
  const levels = trend.map(p => p.level);
  const series = [
    {
      id: 'level',
      label: 'Level',
      data: levels,
      curve: 'stepAfter' as const,
      color: theme.palette.primary.main,
      valueFormatter: levelValue(),
    },
    ...(target === null
      ? []
      : [
          {
            id: 'target',
            label: `Target: ${levelTitle(target)}`,
            data: trend.map(() => target),
            showMark: false,
            color: theme.palette.text.secondary,
            valueFormatter: levelValue(),
          },
        ]),
  ];

  return (
    <Box
      ref={ref}
      role="img"
      aria-label={describeTrend(trend, target)}
      sx={{ width: fixedWidth ?? '100%', '& text': { fontFamily: 'inherit' } }}
    >
      <LineChart
        width={fixedWidth ?? measured}
        height={height}
        margin={{ top: 32, right: 16, bottom: 28, left: 84 }}
        skipAnimation={skipAnimation}
        xAxis={[{ ...dateAxis(dates), tickLabelStyle: { fontSize: 11 } }]}
        yAxis={[
          {
            ...levelAxis({}),
            valueFormatter: (v: number) => levelTitle(v),
            tickLabelStyle: { fontSize: 11 },
          },
        ]}
        series={series}
        slotProps={chartLegend(theme, 11)}
        sx={{
          '& .MuiLineElement-series-target': { strokeDasharray: '6 4' },
        }}
      />
    </Box>
  );
};
