import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type EmptyStateProps = {
  /** The id of the heading that names the section. */
  titleId: string;
  /** What is missing, such as "No improvement programmes yet". */
  title: ReactNode;
  /** Padding of the panel, in theme spacing units. */
  padding?: number;
  /** What it means and the next step, as paragraphs. */
  children: ReactNode;
  /** The next step as a button or link, when there is one. */
  action?: ReactNode;
};

/**
 * A page-level empty state: a flag, a heading saying what is missing, what
 * it means and what to do next.
 *
 * @internal
 */
export const EmptyState = ({
  titleId,
  title,
  padding = 3,
  children,
  action,
}: EmptyStateProps) => (
  <Paper variant="outlined" component="section" aria-labelledby={titleId}>
    <Box sx={{ p: padding, display: 'flex', gap: 3, alignItems: 'flex-start' }}>
      <FlagOutlinedIcon color="primary" sx={{ fontSize: 48 }} aria-hidden />
      <Box>
        <Typography id={titleId} variant="h5" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
        {action}
      </Box>
    </Box>
  </Paper>
);
