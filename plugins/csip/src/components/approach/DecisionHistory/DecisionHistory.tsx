import type { Decision } from '@csip-coach/plugin-csip-common';
import HistoryIcon from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { APPROACH_NAMES } from '../../../util/labels';
import { HistoryList } from '../../shared';
import { DecisionSummary } from '../DecisionSummary';

/** @internal */
export type DecisionHistoryProps = {
  /** The decisions, newest first, as the backend returns them. */
  decisions: Decision[];
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
      details: <DecisionSummary decision={decision} />,
    })}
  />
);
