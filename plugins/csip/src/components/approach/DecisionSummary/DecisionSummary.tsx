import type { Decision } from '@csip-coach/plugin-csip-common';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EventIcon from '@mui/icons-material/Event';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { APPROACH_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';

/** @internal */
export type DecisionSummaryProps = {
  /** The recorded decision. */
  decision: Decision;
};

const FollowedRecommendation = ({ decision }: DecisionSummaryProps) => {
  const { recommended } = decision;
  if (!recommended) {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<HelpOutlineIcon aria-hidden />}
        label="Made without the readiness questions"
      />
    );
  }
  const followed = recommended === decision.approach;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={
        followed ? (
          <CheckCircleOutlineIcon aria-hidden />
        ) : (
          <CallSplitIcon aria-hidden />
        )
      }
      label={`${
        followed ? 'Followed the recommendation' : 'Chose differently'
      } (Recommended: ${APPROACH_NAMES[recommended]})`}
    />
  );
};

/**
 * What a recorded decision says besides its approach: how it relates to
 * the recommendation, the rationale, who decided and when, and when to
 * revisit it.
 *
 * @internal
 */
export const DecisionSummary = ({ decision }: DecisionSummaryProps) => (
  <>
    <Box>
      <FollowedRecommendation decision={decision} />
    </Box>
    {decision.rationale && (
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
        Rationale: {decision.rationale}
      </Typography>
    )}
    <Typography variant="body2" color="text.secondary">
      Decided by <RefLink entityRef={decision.decidedBy} /> on{' '}
      {formatDateTime(decision.decidedAt)}
    </Typography>
    {decision.revisitOn && (
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
      >
        <EventIcon fontSize="inherit" aria-hidden />
        Revisit on {formatDate(decision.revisitOn)}
      </Typography>
    )}
  </>
);
