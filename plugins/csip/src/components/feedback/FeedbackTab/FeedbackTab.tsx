import type {
  FeedbackBarrier,
  FeedbackRound,
  Programme,
} from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { formatDate } from '../../../util/formatDate';
import { LoadState, NoticeAlert, PermittedButton } from '../../shared';
import { barrierLabel } from '../feedbackWords';
import { GiveFeedbackDialog } from '../GiveFeedbackDialog';
import { MakeActionDialog } from '../MakeActionDialog';
import { OpenRoundDialog } from '../OpenRoundDialog';
import { useFeedbackRounds } from '../useFeedback';
import { RoundPanel } from './RoundPanel';

/** @internal */
export type FeedbackTabProps = {
  programme: Programme;
};

/**
 * Partnership feedback on the programme page (Quiver's "raising
 * awareness"): coaches and leads open a round; anyone who may read the
 * programme (partners and customers too) gives feedback on the twelve
 * partnership barriers, once, optionally anonymously; each round's summary
 * per barrier and organisation is what the leaders see, and coaches and
 * leads turn a barrier into an owned action.
 *
 * @internal
 */
export const FeedbackTab = ({ programme }: FeedbackTabProps) => {
  const openAccess = useProgrammeAction('openFeedbackRound', programme);
  const respondAccess = useProgrammeAction('respondToFeedback', programme);
  const actAccess = useProgrammeAction('actOnFeedback', programme);
  const rounds = useFeedbackRounds(programme.id);
  const [opening, setOpening] = useState(false);
  const [answering, setAnswering] = useState<FeedbackRound>();
  const [acting, setActing] = useState<{
    round: FeedbackRound;
    barrier: FeedbackBarrier;
  }>();
  const [notice, setNotice] = useState<string>();
  const done = (text: string) => {
    setNotice(text);
    rounds.retry();
  };

  return (
    <Stack spacing={2}>
      <Stack spacing={0.5}>
        <Typography variant="h5" component="h3">
          Partnership feedback
        </Typography>
        <Typography variant="body2" color="text.secondary">
          What the client organisation, its outsourcing partners and customers
          say about the barriers to working together, reflected back to the
          leaders. Answers may be anonymous; summaries show groups of 3 or more.
        </Typography>
      </Stack>
      <PermittedButton
        access={openAccess}
        reasonId="csip-feedback-open-why"
        variant="contained"
        startIcon={<AddIcon aria-hidden />}
        onClick={() => {
          setNotice(undefined);
          setOpening(true);
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        Open a feedback round
      </PermittedButton>
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      <LoadState state={rounds} errorTitle="Could not load the feedback rounds">
        {items =>
          items.length === 0 ? (
            <Typography variant="body2">
              No feedback rounds yet. Open one to ask the people you work with
              which barriers get in the way.
            </Typography>
          ) : (
            <Stack spacing={2}>
              {items.map(round => (
                <RoundPanel
                  key={round.id}
                  round={round}
                  respondAccess={respondAccess}
                  actAccess={actAccess}
                  onGiveFeedback={r => {
                    setNotice(undefined);
                    setAnswering(r);
                  }}
                  onMakeAction={(r, barrier) => {
                    setNotice(undefined);
                    setActing({ round: r, barrier });
                  }}
                />
              ))}
            </Stack>
          )
        }
      </LoadState>
      {opening && (
        <OpenRoundDialog
          programmeId={programme.id}
          onClose={() => setOpening(false)}
          onOpened={round => {
            setOpening(false);
            done(
              `Round “${round.title}” opened until ${formatDate(
                round.closesOn,
              )}.`,
            );
          }}
        />
      )}
      {answering && (
        <GiveFeedbackDialog
          round={answering}
          onClose={() => setAnswering(undefined)}
          onStale={rounds.retry}
          onAnswered={response => {
            setAnswering(undefined);
            done(
              response.anonymous
                ? 'Thank you: your feedback was recorded anonymously.'
                : 'Thank you: your feedback was recorded.',
            );
          }}
        />
      )}
      {acting && (
        <MakeActionDialog
          programme={programme}
          round={acting.round}
          barrier={acting.barrier}
          onClose={() => setActing(undefined)}
          onMade={action => {
            setActing(undefined);
            done(
              `Action added to the register for “${barrierLabel(
                acting.barrier,
              )}”, due ${formatDate(action.dueDate)}.`,
            );
          }}
        />
      )}
    </Stack>
  );
};
