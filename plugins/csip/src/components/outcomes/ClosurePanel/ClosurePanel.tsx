import {
  CLOSURE_VERDICT_LABELS,
  type Closure,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { RefLink } from '../../shared';

/** @internal */
export type ClosurePanelProps = {
  closure: Closure;
  /** The heading level; 3 unless told. */
  headingLevel?: 2 | 3;
};

const HEADING_ID = 'csip-closure';

/**
 * How a closed programme ended: its verdict, the outcome and the lessons
 * kept, and who closed it when.
 *
 * @internal
 */
export const ClosurePanel = ({
  closure,
  headingLevel = 3,
}: ClosurePanelProps) => (
  <Box component="section" aria-labelledby={HEADING_ID} sx={{ mb: 3 }}>
    <Typography
      id={HEADING_ID}
      variant="subtitle1"
      component={`h${headingLevel}`}
      gutterBottom
    >
      Closed: {CLOSURE_VERDICT_LABELS[closure.verdict]}
    </Typography>
    <Typography variant="body2" color="text.secondary" gutterBottom>
      Closed by <RefLink entityRef={closure.closedBy} /> on{' '}
      {formatDateTime(closure.closedAt)}
    </Typography>
    <Typography variant="subtitle2" component="p">
      Outcome
    </Typography>
    <Typography variant="body1" sx={{ whiteSpace: 'pre-line', mb: 1 }}>
      {closure.outcome}
    </Typography>
    <Typography variant="subtitle2" component="p">
      Lessons
    </Typography>
    <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
      {closure.lessons}
    </Typography>
  </Box>
);
