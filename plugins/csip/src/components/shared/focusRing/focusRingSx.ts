import type { Theme } from '@mui/material/styles';

/**
 * A visible focus ring for keyboard users (`:focus-visible`), for controls
 * whose theme shows none, such as `TableSortLabel` or a clickable row:
 * a 2 px outline in the theme's primary colour, off the element's edge.
 * Pass it in `sx`, alone or in a list: `sx={[focusRingSx, { … }]}`.
 *
 * @internal
 */
export const focusRingSx = (theme: Theme) => ({
  '&:focus-visible': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: '2px',
    borderRadius: '2px',
  },
});
