import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../shared';

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
  <EmptyState
    titleId="csip-empty-title"
    title="No improvement programmes yet"
    padding={4}
    action={action}
  >
    <Typography variant="body1" paragraph>
      A continual service improvement programme (CSIP) is where your team
      decides how to implement ITSM, agrees its scope with your sponsors,
      reviews the Change, Configuration and Release processes with a coach, and
      tracks the handover until the team carries on without the coach.
    </Typography>
    <Typography variant="body1" paragraph>
      <strong>Next step:</strong> create the first programme with{' '}
      <em>Create programme</em>. Give it a title and a vision, name the group or
      system that owns it, and add its sponsor, coach and lead.
    </Typography>
  </EmptyState>
);
