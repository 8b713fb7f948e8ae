import type { RollupCell } from '@csip-coach/plugin-csip-common';
import { lighten, type Theme } from '@mui/material/styles';

/** How close a cell's mean level is to its mean target. */
export type HeatBand = 'at-target' | 'close' | 'below' | 'far-below' | 'none';

/**
 * The band of a cell: at or above target; within three quarters of it;
 * within half of it; further below; or none (no rated programme, or no
 * target).
 */
export function heatBand(cell: RollupCell): HeatBand {
  const { meanLevel, meanTarget } = cell;
  if (meanLevel === null || meanTarget === null) return 'none';
  if (meanTarget === 0 || meanLevel >= meanTarget) return 'at-target';
  const ratio = meanLevel / meanTarget;
  if (ratio >= 0.75) return 'close';
  if (ratio >= 0.5) return 'below';
  return 'far-below';
}

/** The bands in the legend's order, with their words. */
export const HEAT_BANDS: ReadonlyArray<{ band: HeatBand; label: string }> = [
  { band: 'at-target', label: 'At or above target' },
  { band: 'close', label: 'Within 75% of target' },
  { band: 'below', label: 'Within 50% of target' },
  { band: 'far-below', label: 'Below 50% of target' },
  { band: 'none', label: 'Not rated or no target' },
];

/**
 * The text colour of every heat map cell: near black. Each background
 * below is a theme tone lightened by 75% (every channel at least 191 of
 * 255), so the contrast is above 7:1 whatever the theme's tones.
 */
export const HEAT_TEXT = '#1a1a1a';

/** The background of a band: a light tone of the theme's palette. */
export function heatBackground(theme: Theme, band: HeatBand): string {
  const tone = {
    'at-target': theme.palette.success.main,
    close: theme.palette.info.main,
    below: theme.palette.warning.main,
    'far-below': theme.palette.error.main,
    none: theme.palette.grey[500],
  }[band];
  return lighten(tone, 0.75);
}
