import { SUMMIT_CAMPS } from '@csip-coach/plugin-csip-common';
import { useTheme } from '@mui/material/styles';

/** @internal */
export type SummitCampsProps = {
  /** Progress towards the agreed targets, 0–100. */
  percent: number;
  /** Width of the drawing in pixels; it scales down to fit its container. */
  width?: number;
};

const HEIGHT = 72;
const PAD = 40;
const TRACK_Y = 38;

/** The track in words, for screen readers. */
function describeTrack(percent: number): string {
  const camps = SUMMIT_CAMPS.map(
    c =>
      `${c.name} at ${c.percent} %${percent >= c.percent ? ' (reached)' : ''}`,
  ).join(', ');
  return `Summit progress ${percent} %. Camps: ${camps}`;
}

/**
 * The summit camps: the way to the summit as a track from 0 to 100 % with the camps marked:
 * reached camps are drawn filled, camps still ahead hollow, and each is
 * labelled with its name and the progress it needs. It takes its colours
 * from the theme and scales down to fit its container; screen readers get
 * the same in words.
 *
 * @internal
 */
export const SummitCamps = ({ percent, width = 600 }: SummitCampsProps) => {
  const theme = useTheme();
  const span = width - 2 * PAD;
  const x = (p: number) => PAD + (Math.min(100, Math.max(0, p)) / 100) * span;
  const muted = theme.palette.text.secondary;
  const primary = theme.palette.primary.main;

  return (
    <svg
      role="img"
      aria-label={describeTrack(percent)}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: width, height: 'auto', display: 'block' }}
    >
      <line
        x1={x(0)}
        x2={x(100)}
        y1={TRACK_Y}
        y2={TRACK_Y}
        stroke={theme.palette.divider}
        strokeWidth={6}
        strokeLinecap="round"
      />
      <line
        x1={x(0)}
        x2={x(percent)}
        y1={TRACK_Y}
        y2={TRACK_Y}
        stroke={primary}
        strokeWidth={6}
        strokeLinecap="round"
      />
      {SUMMIT_CAMPS.map(camp => {
        const cx = x(camp.percent);
        const reached = percent >= camp.percent;
        return (
          <g key={camp.camp}>
            <polygon
              points={`${cx - 7},${TRACK_Y + 6} ${cx + 7},${
                TRACK_Y + 6
              } ${cx},${TRACK_Y - 10}`}
              fill={reached ? primary : theme.palette.background.paper}
              stroke={reached ? primary : muted}
              strokeWidth={2}
            />
            <text
              x={cx}
              y={12}
              textAnchor="middle"
              fontSize={11}
              fontWeight={reached ? 'bold' : undefined}
              fill={theme.palette.text.primary}
            >
              {camp.name}
            </text>
            <text
              x={cx}
              y={HEIGHT - 4}
              textAnchor="middle"
              fontSize={11}
              fill={muted}
            >
              {camp.percent} %
            </text>
          </g>
        );
      })}
      <circle
        cx={x(percent)}
        cy={TRACK_Y}
        r={6}
        fill={theme.palette.background.paper}
        stroke={theme.palette.text.primary}
        strokeWidth={2}
      />
    </svg>
  );
};
