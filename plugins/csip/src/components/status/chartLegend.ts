import type { Theme } from '@mui/material/styles';

/**
 * The charts' legend: one row above the plot, marks of `markSize` pixels,
 * labels in the theme's text colour at `fontSize`.
 */
export function chartLegend(theme: Theme, fontSize: number, markSize = 10) {
  return {
    legend: {
      direction: 'row' as const,
      position: { vertical: 'top' as const, horizontal: 'middle' as const },
      itemMarkWidth: markSize,
      itemMarkHeight: markSize,
      labelStyle: { fontSize, fill: theme.palette.text.primary },
    },
  };
}
