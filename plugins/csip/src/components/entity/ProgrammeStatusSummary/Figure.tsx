import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

type FigureProps = {
  /** What the figure is, such as "Scope". */
  term: string;
  /** Spans the whole row of the grid. */
  wide?: boolean;
  children: ReactNode;
};

/** One term and its value in the summary's description list. */
export const Figure = ({ term, wide, children }: FigureProps) => (
  <Box sx={wide ? { gridColumn: '1 / -1' } : undefined}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {term}
    </Typography>
    <Box component="dd" sx={{ m: 0, mt: 0.5 }}>
      {children}
    </Box>
  </Box>
);
