import type { Decision } from '@csip-coach/plugin-csip-common';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EventIcon from '@mui/icons-material/Event';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import HistoryIcon from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { APPROACH_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';

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

/**
 * Every approach decision, newest first, as a timeline: the approach, how
 * it relates to the recommendation, the rationale, who decided and when,
 * and when to revisit it. Decisions are append-only, so a change of mind is
 * a new entry.
 *
 * @internal
 */
export const DecisionHistory = ({ decisions }: DecisionHistoryProps) => (
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby="csip-decision-history-title"
    sx={{ p: 3 }}
  >
    <Typography id="csip-decision-history-title" variant="h6" component="h3">
      Decision history
    </Typography>
    {decisions.length === 0 ? (
      <Box sx={{ display: 'flex', gap: 2, mt: 1 }}>
        <HistoryIcon color="action" aria-hidden />
        <Box>
          <Typography variant="subtitle1" component="h4">
            No decision yet
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Answer the readiness questions, compare the recommendation with what
            you know, then record how you will implement ITSM. The programme
            cannot leave Establish until an approach is decided.
          </Typography>
        </Box>
      </Box>
    ) : (
      <Box
        component="ol"
        aria-label="Decisions, newest first"
        sx={{ listStyle: 'none', m: 0, mt: 2, p: 0 }}
      >
        {decisions.map((decision, index) => (
          <Box
            component="li"
            key={decision.id}
            sx={{
              borderLeft: 2,
              borderColor: index === 0 ? 'primary.main' : 'divider',
              pl: 2,
              pb: 2,
            }}
          >
            <Stack spacing={0.5}>
              <Typography variant="subtitle1" component="h4">
                {APPROACH_NAMES[decision.approach]}
                {index === 0 && ' (current decision)'}
              </Typography>
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
            </Stack>
          </Box>
        ))}
      </Box>
    )}
  </Paper>
);
