import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';

/** @internal */
export type ProgrammesEmptyStateProps = {
  /** The next step, such as the button that creates a programme. */
  action?: ReactNode;
};

/**
 * What the CSIP page shows before any programme exists: what a programme is
 * and what to do first.
 *
 * @internal
 */
export const ProgrammesEmptyState = ({ action }: ProgrammesEmptyStateProps) => (
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby="csip-empty-title"
  >
    <Box sx={{ p: 4, display: 'flex', gap: 3, alignItems: 'flex-start' }}>
      <FlagOutlinedIcon color="primary" sx={{ fontSize: 48 }} aria-hidden />
      <Box>
        <Typography
          id="csip-empty-title"
          variant="h5"
          component="h2"
          gutterBottom
        >
          No improvement programmes yet
        </Typography>
        <Typography variant="body1" paragraph>
          A continual service improvement programme (CSIP) is where your team
          decides how to implement ITSM, agrees its scope with your sponsors,
          reviews the Change, Configuration and Release processes with a coach,
          and tracks the handover until the team carries on without the coach.
        </Typography>
        <Typography variant="body1" paragraph>
          <strong>Next step:</strong> create the first programme with{' '}
          <em>Create programme</em>. Give it a title and a vision, name the
          group or system that owns it, and add its sponsor, coach and lead.
        </Typography>
        {action}
      </Box>
    </Box>
  </Paper>
);
