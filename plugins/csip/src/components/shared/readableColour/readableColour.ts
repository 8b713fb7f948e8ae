import {
  darken,
  getContrastRatio,
  lighten,
  type Theme,
} from '@mui/material/styles';

/** WCAG 2.1 AA for normal-size text (1.4.3). */
const AA_TEXT = 4.5;

/**
 * The backgrounds text of the plugin sits on: the page, panels and the
 * light grey of table heads and filled areas.
 */
function backgrounds(theme: Theme): string[] {
  const { background, grey, mode } = theme.palette;
  return mode === 'dark'
    ? [background.default, background.paper, grey[900]]
    : [background.default, background.paper, grey[100]];
}

/**
 * `colour`, darkened (or lightened in a dark theme) in small steps until it
 * reads at 4.5:1 or more on every background the plugin uses, such as
 * orange warning text that is 2.9:1 on light grey as the theme has it.
 * A colour that already reads well comes back unchanged.
 *
 * @internal
 */
export function readableColour(theme: Theme, colour: string): string {
  const shift = theme.palette.mode === 'dark' ? lighten : darken;
  const grounds = backgrounds(theme);
  const reads = (c: string) =>
    grounds.every(g => getContrastRatio(c, g) >= AA_TEXT);
  for (let step = 0; step <= 10; step++) {
    const candidate = step === 0 ? colour : shift(colour, step / 20);
    if (reads(candidate)) return candidate;
  }
  return theme.palette.text.primary;
}
