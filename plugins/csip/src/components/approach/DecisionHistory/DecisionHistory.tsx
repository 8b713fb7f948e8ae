import type { Decision } from '@csip-coach/plugin-csip-common';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EventIcon from '@mui/icons-material/Event';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import HistoryIcon from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { APPROACH_NAMES } from '../../../util/labels';
import { HistoryList, RefLink } from '../../shared';

/** @internal */
export type DecisionHistoryProps = {
  /** The decisions, newest first, as the backend returns them. */
  decisions: Decision[];
};

const FollowedRecommendation = ({ decision }: { decision: Decision }) => {
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

const NoDecisionYet = () => (
  <Box sx={{ display: 'flex', gap: 2 }}>
    <HistoryIcon color="action" aria-hidden />
    <Box>
      <Typography variant="subtitle1" component="h4">
        No decision yet
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Answer the readiness questions, compare the recommendation with what you
        know, then record how you will implement ITSM. The programme cannot
        leave Establish until an approach is decided.
      </Typography>
    </Box>
  </Box>
);

/**
 * Every approach decision, newest first, as a timeline: the approach, how
 * it relates to the recommendation, the rationale, who decided and when,
 * and when to revisit it. Decisions are append-only, so a change of mind is
 * a new entry.
 *
 * @internal
 */
export const DecisionHistory = ({ decisions }: DecisionHistoryProps) => (
  <HistoryList
    title="Decision history"
    label="Decisions, newest first"
    entries={decisions}
    entryKey={decision => decision.id}
    empty={<NoDecisionYet />}
    entryHeading="h4"
    markCurrent
    renderEntry={(decision, index) => ({
      title: `${APPROACH_NAMES[decision.approach]}${
        index === 0 ? ' (current decision)' : ''
      }`,
      details: (
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
      ),
    })}
  />
);
