import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';

/** @internal */
export type LevelTrendChartProps = {
  /** Each published level by review date, oldest first. */
  trend: ReadonlyArray<{ date: string; level: number }>;
  /** The target level, drawn as a dashed line; null when not in scope. */
  target: number | null;
  /** Width of the chart in pixels; it scales down to fit its container. */
  width?: number;
  /** Height of the chart in pixels. */
  height?: number;
};

const MAX_LEVEL = 5;
const PAD = { top: 8, right: 12, bottom: 8, left: 22 };

const time = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

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
 * A small line chart of a process's published levels over time on a 0–5
 * axis, with the target level as a dashed line. Screen readers get the same
 * in words; before the first published review it says so in text.
 *
 * @internal
 */
export const LevelTrendChart = ({
  trend,
  target,
  width = 240,
  height = 96,
}: LevelTrendChartProps) => {
  const theme = useTheme();
  if (trend.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No published reviews yet
      </Typography>
    );
  }

  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const times = trend.map(p => time(p.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const x = (index: number) =>
    PAD.left +
    (span > 0 && Number.isFinite(span)
      ? ((times[index] - first) / span) * plotWidth
      : plotWidth / 2);
  const y = (level: number) =>
    PAD.top +
    plotHeight -
    (Math.min(level, MAX_LEVEL) / MAX_LEVEL) * plotHeight;
  const line = trend.map((p, i) => `${x(i)},${y(p.level)}`).join(' ');
  const muted = theme.palette.text.secondary;

  return (
    <svg
      role="img"
      aria-label={describeTrend(trend, target)}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, height: 'auto', display: 'block' }}
    >
      {[0, 1, 2, 3, 4, 5].map(level => (
        <line
          key={level}
          x1={PAD.left}
          x2={width - PAD.right}
          y1={y(level)}
          y2={y(level)}
          stroke={theme.palette.divider}
          strokeWidth={1}
        />
      ))}
      {[0, MAX_LEVEL].map(level => (
        <text
          key={level}
          x={PAD.left - 6}
          y={y(level)}
          textAnchor="end"
          dominantBaseline="middle"
          fontSize={10}
          fill={muted}
        >
          {level}
        </text>
      ))}
      {target !== null && (
        <line
          x1={PAD.left}
          x2={width - PAD.right}
          y1={y(target)}
          y2={y(target)}
          stroke={theme.palette.warning.main}
          strokeWidth={2}
          strokeDasharray="6 4"
        />
      )}
      <polyline
        points={line}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={2}
      />
      {trend.map((p, i) => (
        <circle
          key={`${p.date}-${i}`}
          cx={x(i)}
          cy={y(p.level)}
          r={3.5}
          fill={theme.palette.primary.main}
        />
      ))}
    </svg>
  );
};
