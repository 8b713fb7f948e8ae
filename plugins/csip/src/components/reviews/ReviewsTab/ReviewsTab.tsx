import { Progress } from '@backstage/frontend-plugin-api';
import {
  reviewCreateSchema,
  type Programme,
  type Review,
} from '@csip-coach/plugin-csip-common';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { errorSentence } from '../../../api/errorSentence';
import { formatDate } from '../../../util/formatDate';
import { ProcessMaturityCard } from '../ProcessMaturityCard';
import { useMaturity } from '../useMaturity';
import { useReviews } from '../useReviews';
import { AdviceLog } from '../../advice';
import { SelfAssessButton } from '../../selfAssessment';
import { IconNote, LoadError } from '../../shared';
import { ReviewList } from './ReviewList';
import { SelectedReview } from './SelectedReview';

/** @internal */
export type ReviewsTabProps = {
  programme: Programme;
};

/** Today's calendar date where the user is, such as `2026-11-24`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}`;
}

/**
 * The programme's maturity reviews: where each process stands against its
 * target, every review newest first, and one opened review (kept in
 * `?review=` so it can be linked to). Coaches start, edit, publish and
 * amend reviews here, and leads do so for team-led reviews (a lead's new
 * review is led by the team), when the portal's permission policy lets
 * them; everyone else reads them and sees why they may not write. Under
 * the list, the advice log: the team's responses to the growth suggestions.
 *
 * @internal
 */
export const ReviewsTab = ({ programme }: ReviewsTabProps) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('review') ?? undefined;
  const [notice, setNotice] = useState<{ reviewId?: string; text: string }>();
  const [starting, setStarting] = useState<string>();
  const [startError, setStartError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  const model = useMaturityModel();
  const maturity = useMaturity(programme.id);
  const reviews = useReviews(programme.id);
  const write = useProgrammeAction('writeReview', programme);
  const writeTeam = useProgrammeAction('writeTeamReview', programme);
  // Coaches start any review; a lead starts a team-led one (the team runs
  // its own reviews once the coach fades out).
  const startAccess = !write.allowed && writeTeam.allowed ? writeTeam : write;
  const startLedBy = write.allowed ? undefined : ('team' as const);

  const select = (reviewId?: string) =>
    setSearchParams(
      previous => {
        const next = new URLSearchParams(previous);
        next.set('tab', 'reviews');
        if (reviewId) {
          next.set('review', reviewId);
        } else {
          next.delete('review');
        }
        return next;
      },
      { replace: true },
    );

  const reload = () => {
    maturity.retry();
    reviews.retry();
  };

  const start = async (process: string) => {
    setStarting(process);
    setStartError(undefined);
    try {
      const draft = await reviews.create(
        reviewCreateSchema.parse({
          process,
          date: today(),
          ...(startLedBy && { ledBy: startLedBy }),
        }),
      );
      maturity.retry();
      select(draft.id);
    } catch (e) {
      setStartError(e);
    } finally {
      setStarting(undefined);
    }
  };

  const failed = [model, maturity, reviews].filter(query => query.error);
  if (failed.length > 0 && !failed.some(query => query.loading)) {
    return (
      <LoadError
        failed={{
          ...failed[0],
          retry: () => failed.forEach(query => query.retry()),
        }}
        title="Could not load the reviews"
      />
    );
  }
  if (
    !model.value ||
    !maturity.value ||
    !reviews.value ||
    write.loading ||
    writeTeam.loading
  ) {
    return <Progress />;
  }
  const allReviews = reviews.value;
  const processName = (id: string) =>
    model.value!.processes.find(p => p.id === id)?.name ??
    maturity.value!.processes.find(p => p.process === id)?.name ??
    id;
  const shownNotice =
    notice && notice.reviewId === selectedId ? (
      <Alert severity="success" onClose={() => setNotice(undefined)}>
        {notice.text}
      </Alert>
    ) : null;

  if (selectedId) {
    return (
      <Stack spacing={2}>
        {shownNotice}
        <SelectedReview
          key={`${selectedId}-${generation}`}
          programme={programme}
          reviewId={selectedId}
          model={model.value}
          reviews={allReviews}
          write={write}
          writeTeam={writeTeam}
          onSaved={reload}
          onClose={() => select(undefined)}
          onPublished={(review: Review, how) => {
            reload();
            setGeneration(g => g + 1);
            setNotice({
              reviewId: review.id,
              text:
                how === 'published'
                  ? `Published the ${processName(
                      review.process,
                    )} review of ${formatDate(
                      review.date,
                    )}. Its agreed actions are now in the action register.`
                  : `Published the amendment of the ${processName(
                      review.process,
                    )} review. It replaces the original in the trend.`,
            });
            select(review.id);
          }}
        />
      </Stack>
    );
  }

  const processes = [...maturity.value.processes].sort(
    (a, b) => Number(b.inScope) - Number(a.inScope),
  );
  return (
    <Stack spacing={3}>
      {shownNotice}
      <Stack spacing={1}>
        <Typography variant="h5" component="h3">
          Maturity reviews
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Where each process stands against its target, from the coach’s
          published reviews. Open a review to read what is working, the ratings
          and the agreed actions.
        </Typography>
        {startLedBy && startAccess.allowed && (
          <IconNote icon={GroupsOutlinedIcon}>
            As a lead, you start reviews led by the team: the team runs its own
            reviews once the coach fades out. Coaches start and write reviews
            led by the coach or co-led.
          </IconNote>
        )}
      </Stack>
      <SelfAssessButton programme={programme} />
      {startError !== undefined && (
        <Alert severity="error" role="alert">
          The review was not started: {errorSentence(startError)}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
        }}
      >
        {processes.map(p => (
          <ProcessMaturityCard
            key={p.process}
            maturity={p}
            programmeId={programme.id}
            drafts={allReviews.filter(
              r => r.process === p.process && r.state === 'draft',
            )}
            starting={starting !== undefined}
            onStart={startAccess.allowed ? () => start(p.process) : undefined}
            notAllowedReason={startAccess.reason}
          />
        ))}
      </Box>
      <ReviewList
        reviews={allReviews}
        processName={processName}
        canWrite={startAccess.allowed}
      />
      <AdviceLog programme={programme} processName={processName} />
    </Stack>
  );
};
