import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type PortfolioEmptyStateProps = {
  title: string;
  /** What it means and what to do next. */
  children: ReactNode;
  /** The next step as a button, when there is one. */
  action?: ReactNode;
};

/**
 * What the portfolio shows instead of an empty table: why it is empty and
 * what to do next.
 *
 * @internal
 */
export const PortfolioEmptyState = ({
  title,
  children,
  action,
}: PortfolioEmptyStateProps) => (
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby="csip-portfolio-empty"
  >
    <Box sx={{ p: 3 }}>
      <Typography
        id="csip-portfolio-empty"
        variant="h6"
        component="h2"
        gutterBottom
      >
        {title}
      </Typography>
      <Typography variant="body1" paragraph>
        {children}
      </Typography>
      {action}
    </Box>
  </Paper>
);
