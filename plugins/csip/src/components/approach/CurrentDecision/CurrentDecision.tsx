import {
  type Decision,
  recommendApproach,
} from '@csip-coach/plugin-csip-common';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { APPROACH_NAMES } from '../../../util/labels';
import { SectionPanel } from '../../shared';
import { DecisionSummary } from '../DecisionSummary';
import { RecommendationDetails } from '../RecommendationDetails';
import { RecordedAnswers } from '../RecordedAnswers';

/** @internal */
export type CurrentDecisionProps = {
  /** The programme's latest decision. */
  decision: Decision;
  /** What readers can do next, such as revisiting the decision. */
  action?: ReactNode;
};

/**
 * The programme's approach as decided: the approach, how it relates to the
 * recommendation, the rationale, who decided and when, and then the
 * readiness answers it was recorded with and what they recommend (scores,
 * reasons and the risks of each approach), worked out again from those
 * answers by the common `recommendApproach`.
 *
 * @internal
 */
export const CurrentDecision = ({ decision, action }: CurrentDecisionProps) => {
  const recommendation = decision.answers
    ? recommendApproach(decision.answers)
    : undefined;
  return (
    <SectionPanel
      titleId="csip-current-decision-title"
      title={`Current decision: ${APPROACH_NAMES[decision.approach]}`}
      icon={<CheckCircleIcon color="success" aria-hidden />}
      spacing={1.5}
    >
      <DecisionSummary decision={decision} />
      {decision.answers && recommendation ? (
        <>
          <RecordedAnswers answers={decision.answers} />
          <Typography variant="body2">
            These answers recommend{' '}
            <strong>{APPROACH_NAMES[recommendation.recommended]}</strong>.
          </Typography>
          <Box>
            <RecommendationDetails
              recommendation={recommendation}
              idPrefix="csip-current"
            />
          </Box>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No readiness answers were recorded with this decision, so there are no
          scores or reasons to show. Revisit the decision to answer the
          readiness questions.
        </Typography>
      )}
      {action && <Box sx={{ pt: 1 }}>{action}</Box>}
    </SectionPanel>
  );
};
