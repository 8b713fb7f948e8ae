import type {
  FeedbackBarrier,
  FeedbackRound,
} from '@csip-coach/plugin-csip-common';
import RateReviewOutlinedIcon from '@mui/icons-material/RateReviewOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { LoadState, PermittedButton, SectionPanel } from '../../shared';
import { FeedbackSummaryView } from '../FeedbackSummaryView';
import { describeRound } from '../feedbackWords';
import { useFeedbackSummary } from '../useFeedback';

/** @internal */
export type RoundPanelProps = {
  round: FeedbackRound;
  /** Whether the user may answer rounds of the programme. */
  respondAccess: ProgrammeActionAccess;
  /** Whether the user may turn barriers into actions. */
  actAccess: ProgrammeActionAccess;
  onGiveFeedback: (round: FeedbackRound) => void;
  onMakeAction: (round: FeedbackRound, barrier: FeedbackBarrier) => void;
};

/** Whether this user may answer this round now, and if not why. */
function answerAccess(
  round: FeedbackRound,
  access: ProgrammeActionAccess,
): ProgrammeActionAccess {
  if (access.loading || !access.allowed) return access;
  if (round.closed) {
    return { loading: false, allowed: false, reason: 'This round is closed' };
  }
  if (round.answeredByMe) {
    return {
      loading: false,
      allowed: false,
      reason: 'You have answered this round; each person answers once',
    };
  }
  return access;
}

/**
 * One feedback round: its title, whether it is open and how many have
 * answered, "Give feedback" (once per person, while open), and its summary
 * as the leaders see it, with "Make an action" on each barrier for those
 * who may.
 *
 * @internal
 */
export const RoundPanel = ({
  round,
  respondAccess,
  actAccess,
  onGiveFeedback,
  onMakeAction,
}: RoundPanelProps) => {
  const summary = useFeedbackSummary(round.id, round.responses);
  const titleId = `csip-round-${round.id}`;
  return (
    <SectionPanel
      titleId={titleId}
      title={round.title}
      headingComponent="h4"
      padding={2}
      spacing={1.5}
    >
      <Typography variant="body2">
        {describeRound(round)} · Organisations: {round.organisations.join(', ')}
      </Typography>
      <PermittedButton
        access={answerAccess(round, respondAccess)}
        reasonId={`${titleId}-answer-why`}
        variant="outlined"
        startIcon={<RateReviewOutlinedIcon aria-hidden />}
        onClick={() => onGiveFeedback(round)}
        sx={{ alignSelf: 'flex-start' }}
      >
        Give feedback
      </PermittedButton>
      <Stack spacing={1}>
        <Typography variant="h6" component="h5" id={`${titleId}-summary`}>
          Feedback summary
        </Typography>
        <LoadState state={summary} errorTitle="Could not load the summary">
          {value => (
            <FeedbackSummaryView
              summary={value}
              onMakeAction={
                actAccess.allowed
                  ? barrier => onMakeAction(round, barrier)
                  : undefined
              }
            />
          )}
        </LoadState>
      </Stack>
    </SectionPanel>
  );
};
