import { SUMMIT_CAMPS } from '@csip-coach/plugin-csip-common';
import { useTheme } from '@mui/material/styles';
import type { SummitCampsProps } from '../SummitCamps/SummitCamps';

/** @internal */
export type SummitMeterProps = Pick<SummitCampsProps, 'percent'> & {
  /**
   * What a screen reader hears. Leave it out when words beside the meter
   * say the same ("60% (Camp 2)"): the drawing is then hidden from screen
   * readers.
   */
  label?: string;
};

/** The drawing's size in pixels, where its track runs, a camp's size. */
const SIZE = {
  width: 88,
  height: 14,
  pad: 5,
  trackY: 10,
  campHalfWidth: 4,
  campHeight: 9,
} as const;

/** A camp's triangle, its base on the track, centred on `cx`. */
const triangle = (cx: number) => {
  const base = SIZE.trackY + 3;
  return `${cx - SIZE.campHalfWidth},${base} ${
    cx + SIZE.campHalfWidth
  },${base} ${cx},${base - SIZE.campHeight}`;
};

/**
 * The summit camps in 88 × 14 pixels, for a table row: a thin track from
 * 0 to 100 % filled up to the progress, with a triangle per camp, filled
 * once reached and hollow while ahead. Colours come from the theme (the
 * primary colour and the text's, at least 3:1 against the paper); the
 * camps' names are left to the words beside it or to {@link SummitCamps}.
 *
 * @internal
 */
export const SummitMeter = ({ percent, label }: SummitMeterProps) => {
  const theme = useTheme();
  const clamped = Math.min(100, Math.max(0, percent));
  const x = (p: number) => SIZE.pad + (p / 100) * (SIZE.width - 2 * SIZE.pad);
  const primary = theme.palette.primary.main;
  return (
    <svg
      {...(label
        ? { role: 'img', 'aria-label': label }
        : { 'aria-hidden': true })}
      width={SIZE.width}
      height={SIZE.height}
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      style={{ display: 'block', printColorAdjust: 'exact' }}
    >
      {[
        { part: 'track', to: 100, colour: theme.palette.divider },
        { part: 'progress', to: clamped, colour: primary },
      ].map(({ part, to, colour }) => (
        <line
          key={part}
          x1={x(0)}
          x2={x(to)}
          y1={SIZE.trackY}
          y2={SIZE.trackY}
          stroke={colour}
          strokeWidth={3}
          strokeLinecap={to > 0 ? 'round' : undefined}
        />
      ))}
      {SUMMIT_CAMPS.map(camp => {
        const reached = clamped >= camp.percent;
        return (
          <polygon
            key={camp.camp}
            data-camp={camp.camp}
            data-reached={reached}
            points={triangle(x(camp.percent))}
            strokeWidth={1.5}
            strokeLinejoin="round"
            {...(reached
              ? { fill: primary, stroke: primary }
              : {
                  fill: theme.palette.background.paper,
                  stroke: theme.palette.text.secondary,
                })}
          />
        );
      })}
    </svg>
  );
};
