import type {
  ProcessDefinition,
  Programme,
  Review,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import {
  BulletList,
  NotAllowedNote,
  SectionPanel,
  type SectionPanelProps,
  StatusChip,
  TitleBar,
  type TitledTexts,
} from '../../shared';
import { ReviewAdvice } from '../../advice';
import { ReviewChanges } from '../ReviewChanges';
import { ReviewComments } from '../ReviewComments';
import { SuggestionsByArea } from '../SuggestionsByArea';
import { ReviewActionsTable } from './ReviewActionsTable';
import { ReviewFacts } from './ReviewFacts';
import { ReviewLink } from './ReviewLink';
import { ReviewRatings } from './ReviewRatings';

/** @internal */
export type ReviewViewProps = {
  review: Review;
  /** The previous published review of the same process, to compare with. */
  previous?: Review;
  /** The review that `review` amends, to name its date. */
  amended?: Review;
  process: ProcessDefinition;
  /**
   * Whether the signed-in user may amend it: a coach of the programme whom
   * the portal's policy allows (`useProgrammeAction('writeReview', …)`).
   */
  canAmend: boolean;
  /**
   * Why the signed-in user may not amend it; with it, Amend is shown
   * disabled with the reason instead of not at all.
   */
  amendNotAllowedReason?: string;
  onAmend(): void;
  /**
   * The programme the review belongs to: with it, each growth suggestion of
   * a published review shows the team's response (and lets the team
   * respond), and the review's comments show at the end.
   */
  programme?: Pick<Programme, 'id' | 'members'>;
};

/** A part of the review, named by its heading. */
const Section = ({
  id,
  ...panel
}: Omit<SectionPanelProps, 'titleId'> & { id: string }) => (
  <SectionPanel titleId={id} headingComponent="h4" gutterBottom {...panel} />
);

/** A section listing lines of text, named by its heading, or saying none. */
const TextListSection = ({ id, title, items, empty }: TitledTexts) => (
  <Section id={id} title={title}>
    <BulletList
      items={items}
      labelledBy={id}
      empty={<Typography variant="body2">{empty}</Typography>}
    />
  </Section>
);

/** Whether any suggestion is a recommendation with an area or details. */
const asRecommendations = (review: Review) =>
  review.suggestions.some(
    s => s.area || s.why || s.evidence || s.expectedImprovement,
  );

/**
 * The growth suggestions: with the programme, those of a published review
 * that is not corrected carry the team's responses (the advice log).
 * Recommendations with action areas or details are grouped by area first,
 * with the team's responses below them.
 */
const Suggestions = ({
  review,
  programme,
}: Pick<ReviewViewProps, 'review' | 'programme'>) => {
  const responding =
    programme && review.state === 'published' && !review.amendedBy;
  if (asRecommendations(review)) {
    return (
      <Stack spacing={2}>
        <SuggestionsByArea
          suggestions={review.suggestions}
          headingComponent="h5"
        />
        {responding && (
          <div>
            <Typography
              id="csip-review-responses"
              variant="subtitle1"
              component="h5"
            >
              The team’s responses
            </Typography>
            <ReviewAdvice
              programme={programme}
              review={review}
              labelledBy="csip-review-responses"
              fallback={
                <Typography variant="body2">No responses yet.</Typography>
              }
            />
          </div>
        )}
      </Stack>
    );
  }
  const plain = (
    <Stack
      component="ul"
      aria-labelledby="csip-review-suggestions"
      spacing={1}
      sx={{ m: 0, pl: 3 }}
    >
      {review.suggestions.map((s, i) => (
        <Typography component="li" variant="body2" key={i}>
          <strong>{s.technique}:</strong> {s.advice}
        </Typography>
      ))}
    </Stack>
  );
  if (!responding) return plain;
  return (
    <ReviewAdvice
      programme={programme}
      review={review}
      labelledBy="csip-review-suggestions"
      fallback={plain}
    />
  );
};

/**
 * A review to read: its facts, amendment and tone notes, then what is
 * working first, observations, the ratings by level, growth suggestions,
 * the agreed actions and what changed since the previous published review;
 * with the programme, the team's responses to the suggestions and the
 * comments on the review.
 * A coach may amend a published review that is not yet corrected; others
 * see Amend disabled with the reason, when it is given.
 *
 * @internal
 */
export const ReviewView = ({
  review,
  previous,
  amended,
  process,
  canAmend,
  amendNotAllowedReason,
  onAmend,
  programme,
}: ReviewViewProps) => {
  const published = review.state === 'published';
  const amendable = published && !review.amendedBy;
  const findings = review.toneFindings?.length ?? 0;
  return (
    <Stack spacing={3}>
      <Stack spacing={2}>
        <TitleBar
          title={`${process.name} review of ${formatDate(review.date)}`}
          status={
            <StatusChip
              size="medium"
              tone={published ? 'success' : 'default'}
              icon={
                published ? (
                  <CheckCircleOutlineIcon aria-hidden />
                ) : (
                  <EditNoteIcon aria-hidden />
                )
              }
              label={published ? 'Published' : 'Draft'}
            />
          }
        >
          {amendable && (canAmend || amendNotAllowedReason) && (
            <Stack spacing={0.5} alignItems="flex-end">
              <Button
                variant="outlined"
                startIcon={<EditOutlinedIcon aria-hidden />}
                onClick={canAmend ? onAmend : undefined}
                disabled={!canAmend}
                aria-describedby={
                  canAmend ? undefined : 'csip-review-amend-why'
                }
              >
                Amend
              </Button>
              {!canAmend && (
                <NotAllowedNote
                  id="csip-review-amend-why"
                  reason={amendNotAllowedReason}
                />
              )}
            </Stack>
          )}
        </TitleBar>
        <ReviewFacts review={review} />
      </Stack>
      {!published && (
        <Alert severity="info" icon={<EditNoteIcon />}>
          Draft: the coach is still writing this review. It may change before it
          is published, and its level is worked out when it is.
        </Alert>
      )}
      {review.amends && (
        <Alert severity="info">
          {amended
            ? `Amends the review of ${formatDate(amended.date)}`
            : 'Amends an earlier review'}
          {review.amendmentReason ? `: ${review.amendmentReason}` : '.'}{' '}
          <ReviewLink reviewId={review.amends}>
            Open the original review
          </ReviewLink>
        </Alert>
      )}
      {review.amendedBy && (
        <Alert severity="warning">
          Corrected by a later amendment, which replaces this review in the
          trend.{' '}
          <ReviewLink reviewId={review.amendedBy}>
            Open the amendment
          </ReviewLink>
        </Alert>
      )}
      {review.toneAcknowledged && (
        <Alert severity="info">
          Published with {findings} wording finding{findings === 1 ? '' : 's'}{' '}
          acknowledged by the coach.
        </Alert>
      )}
      <TextListSection
        id="csip-review-strengths"
        title="Strengths — what is working"
        items={review.strengths}
        empty="No strengths recorded."
      />
      <TextListSection
        id="csip-review-observations"
        title="Observations"
        items={review.observations}
        empty="No observations recorded."
      />

      <Section id="csip-review-ratings" title="Ratings by level">
        <ReviewRatings ratings={review.ratings} process={process} />
      </Section>
      <Section id="csip-review-suggestions" title="Growth suggestions">
        {review.suggestions.length === 0 ? (
          <Typography variant="body2">
            No growth suggestions recorded.
          </Typography>
        ) : (
          <Suggestions review={review} programme={programme} />
        )}
      </Section>
      <Section id="csip-review-actions" title="Agreed actions">
        <ReviewActionsTable
          actions={review.actions}
          labelledBy="csip-review-actions"
        />
      </Section>
      <ReviewChanges previous={previous} review={review} process={process} />
      {programme && (
        <ReviewComments programme={programme} reviewId={review.id} />
      )}
    </Stack>
  );
};
