import { Recommendation } from '@csip-coach/plugin-csip-common';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import RecommendIcon from '@mui/icons-material/Recommend';
import Typography from '@mui/material/Typography';
import { APPROACH_DESCRIPTIONS, APPROACH_NAMES } from '../../../util/labels';
import { SectionPanel } from '../../shared';
import { RecommendationDetails } from '../RecommendationDetails';
import { stillToAnswer } from '../stillToAnswer';

/** @internal */
export type RecommendationPanelProps = {
  /** The recommendation of the answers; undefined until all are answered. */
  recommendation: Recommendation | undefined;
  /** How many questions are still to answer. */
  unanswered: number;
};

/**
 * The recommendation for the answers given: until every question is
 * answered, how many are still to go and nothing else (a missing answer is
 * never guessed); then the recommended approach in words, the score of
 * every approach, why, and the known risks of each.
 *
 * @internal
 */
export const RecommendationPanel = ({
  recommendation,
  unanswered,
}: RecommendationPanelProps) => (
  <SectionPanel
    titleId="csip-recommendation-title"
    title={
      recommendation
        ? `Recommended: ${APPROACH_NAMES[recommendation.recommended]}`
        : 'Recommendation'
    }
    headingComponent="h4"
    icon={
      recommendation ? (
        <RecommendIcon color="primary" aria-hidden />
      ) : (
        <HourglassEmptyIcon color="action" aria-hidden />
      )
    }
    live
  >
    {recommendation ? (
      <>
        <Typography variant="body2" color="text.secondary" paragraph>
          {APPROACH_DESCRIPTIONS[recommendation.recommended]}
        </Typography>
        <RecommendationDetails
          recommendation={recommendation}
          idPrefix="csip-new"
          headingLevel="h5"
        />
      </>
    ) : (
      <Typography variant="body2" color="text.secondary">
        Answer every readiness question to see the recommendation:{' '}
        {stillToAnswer(unanswered)} still to answer.
      </Typography>
    )}
  </SectionPanel>
);
