import {
  effectiveReviews,
  ledBySchema,
  reviewAction,
  type LedBy,
  type MaturityModel,
  type ProcessDefinition,
  type Programme,
  type Review,
} from '@csip-coach/plugin-csip-common';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { LoadState, NotAllowedNote } from '../../shared';
import { ReviewEditor } from '../ReviewEditor';
import { ReviewLink, ReviewView } from '../ReviewView';
import { useReview } from '../useReviews';

/** @internal */
export type SelectedReviewProps = {
  programme: Programme;
  reviewId: string;
  model: MaturityModel;
  /** Every review of the programme, to find the previous published one. */
  reviews: Review[];
  /**
   * Whether the signed-in user may write reviews led by the coach or
   * co-led (`writeReview`), and if not why.
   */
  write: ProgrammeActionAccess;
  /**
   * Whether they may write team-led reviews (`writeTeamReview`: coaches and
   * leads); the same as `write` when not given.
   */
  writeTeam?: ProgrammeActionAccess;
  /** A draft was saved. */
  onSaved(): void;
  /** A draft was published, or a published review amended. */
  onPublished(review: Review, how: 'published' | 'amended'): void;
  /** The coach left the draft editor. */
  onClose(): void;
};

const sortKey = (r: Pick<Review, 'date' | 'publishedAt'>) =>
  `${r.date} ${r.publishedAt ?? '~'}`;

/**
 * The published review of the same process that came before `review`:
 * amendments stand in for what they amend, and a review that was amended
 * is compared with what came before it, not with its own correction.
 */
function previousOf(review: Review, reviews: Review[]): Review | undefined {
  const effective = effectiveReviews(
    reviews.filter(r => r.process === review.process),
  );
  const index = effective.findIndex(r => r.id === review.id);
  if (index >= 0) return effective[index - 1];
  const before = effective.filter(
    r =>
      r.id !== review.amendedBy &&
      sortKey(r).localeCompare(sortKey(review)) < 0,
  );
  return before[before.length - 1];
}

/**
 * One review, opened from the Reviews tab: a coach edits a draft or amends
 * a published review, and so does a lead when the review is team-led
 * (`reviewAction(ledBy)`); everyone else reads it, compared with the previous
 * published review of the same process, and is told why they may not
 * change it.
 *
 * @internal
 */
export const SelectedReview = ({
  programme,
  reviewId,
  model,
  reviews,
  write,
  writeTeam = write,
  onSaved,
  onPublished,
  onClose,
}: SelectedReviewProps) => {
  const [amending, setAmending] = useState(false);
  const reviewState = useReview(reviewId);
  // A team-led review is also the leads' to write; any other only the coaches'.
  const accessFor = (ledBy: LedBy) =>
    reviewAction(ledBy) === 'writeTeamReview' ? writeTeam : write;
  // The ways of leading a review the user may not record, and why; kept
  // stable so the editor's details do not re-render for nothing.
  const coachReason = write.allowed ? undefined : write.reason ?? '';
  const teamReason = writeTeam.allowed ? undefined : writeTeam.reason ?? '';
  const ledByNotAllowed = useMemo(() => {
    const closed: Partial<Record<LedBy, string>> = {};
    for (const ledBy of ledBySchema.options) {
      const reason =
        reviewAction(ledBy) === 'writeTeamReview' ? teamReason : coachReason;
      if (reason !== undefined) closed[ledBy] = reason || 'Not allowed';
    }
    return closed;
  }, [coachReason, teamReason]);

  const back = (
    <Box>
      <ReviewLink>
        <Stack
          component="span"
          direction="row"
          spacing={0.5}
          alignItems="center"
        >
          <ArrowBackIcon fontSize="small" aria-hidden />
          <span>Back to all reviews</span>
        </Stack>
      </ReviewLink>
    </Box>
  );

  const renderReview = (review: Review) => {
    const process: ProcessDefinition = model.processes.find(
      p => p.id === review.process,
    ) ?? {
      id: review.process,
      name: review.process,
      description: '',
      criteria: [],
    };
    const known = model.processes.some(p => p.id === review.process);
    const access = accessFor(review.ledBy);
    const editing =
      access.allowed && known && (review.state === 'draft' || amending);
    if (editing) {
      return (
        <ReviewEditor
          programme={programme}
          process={process}
          review={review}
          mode={review.state === 'draft' ? 'draft' : 'amend'}
          ledByNotAllowed={ledByNotAllowed}
          sinceLastReview={
            review.state === 'draft'
              ? { previous: previousOf(review, reviews) }
              : undefined
          }
          onSaved={onSaved}
          onPublished={result =>
            onPublished(
              result,
              review.state === 'draft' ? 'published' : 'amended',
            )
          }
          onCancel={() =>
            review.state === 'draft' ? onClose() : setAmending(false)
          }
        />
      );
    }
    return (
      <Stack spacing={2}>
        {!known && (
          <Alert severity="warning">
            The process “{review.process}” is no longer in the maturity model,
            so its criteria cannot be shown or edited. An admin can add it back
            under csip.processes.
          </Alert>
        )}
        {review.state === 'draft' && (
          <NotAllowedNote
            id="csip-review-draft-why"
            reason={access.reason && `Read only: ${access.reason}`}
          />
        )}
        <ReviewView
          review={review}
          previous={previousOf(review, reviews)}
          amended={reviews.find(r => r.id === review.amends)}
          process={process}
          canAmend={access.allowed && known}
          amendNotAllowedReason={known ? access.reason : undefined}
          onAmend={() => setAmending(true)}
          programme={programme}
        />
      </Stack>
    );
  };

  return (
    <Stack spacing={2}>
      {back}
      <LoadState state={reviewState} errorTitle="Could not load the review">
        {renderReview}
      </LoadState>
    </Stack>
  );
};
