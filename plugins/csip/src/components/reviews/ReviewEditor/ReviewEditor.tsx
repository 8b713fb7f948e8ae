import {
  computeLevel,
  levelledRatings,
  levelName,
  reviewToneFindings,
  type LedBy,
  type ProcessDefinition,
  type Programme,
  type Review,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useMemo, useState } from 'react';
import { formatDate } from '../../../util/formatDate';
import { SelfAssessmentSpread } from '../../selfAssessment';
import { RatingsTable } from '../RatingsTable';
import { ReviewActionsField } from '../ReviewActionsField';
import { ReviewDetailsFields } from '../ReviewDetailsFields';
import { ReviewFieldSection } from '../ReviewFieldSection';
import { ReviewListField } from '../ReviewListField';
import { ReviewSuggestionsField } from '../ReviewSuggestionsField';
import { SinceLastReview } from '../SinceLastReview';
import { useToneOptions } from '../ToneTextField';
import { draftFrom, ReviewDraft } from './reviewDraft';
import { ReviewEditorFooter } from './ReviewEditorFooter';
import { ToneConfirmDialog } from './ToneConfirmDialog';
import { useMemberNames } from './useMemberNames';
import { useReviewSubmission } from './useReviewSubmission';

// Typing in one field re-renders only that section, not the whole review.
const Details = memo(ReviewDetailsFields);
const List = memo(ReviewListField);

/** The review's lists of texts, in the order the coach writes them. */
const TEXT_LISTS = [
  {
    title: 'Strengths — what is working',
    itemLabel: 'Strength',
    field: 'strengths',
    help: 'What the team does well, with what you saw: the team builds on these.',
    emptyText:
      'No strengths yet: add at least one thing that is working, so the review starts from it.',
  },
  {
    title: 'Observations',
    itemLabel: 'Observation',
    field: 'observations',
    help: 'What you saw or heard, described rather than judged.',
    emptyText:
      'No observations yet: add what you saw or heard during the review.',
  },
] as const;
const Ratings = memo(RatingsTable);
const Suggestions = memo(ReviewSuggestionsField);
const Actions = memo(ReviewActionsField);

/** @internal */
export type ReviewEditorProps = {
  programme: Programme;
  process: ProcessDefinition;
  /** The draft to edit, or the published review to amend. */
  review: Review;
  mode: 'draft' | 'amend';
  /** A draft was saved; called with the saved review. */
  onSaved?: (review: Review) => void;
  /** Called with the published review, or the published amendment. */
  onPublished: (review: Review) => void;
  onCancel: () => void;
  /**
   * Why the signed-in user may not record a review led that way, such as a
   * lead, who records team-led reviews only (`reviewAction(ledBy)`); keep
   * the object stable. Every way is open when not given.
   */
  ledByNotAllowed?: Partial<Record<LedBy, string>>;
  /**
   * Given for a new review (not an amendment): it opens with the process's
   * open commitments and the actions of `previous`, the previous published
   * review of the process, with their status now.
   */
  sinceLastReview?: { previous?: Review };
};

/**
 * What publishing records: the level, how many criteria are unrated and
 * how many are left out as not applicable.
 */
function publishSummary(process: ProcessDefinition, draft: ReviewDraft) {
  const levelled = levelledRatings(process.criteria, draft.ratings);
  const level = computeLevel(levelled);
  const rated = new Set(draft.ratings.map(r => r.criterionId));
  const unrated = process.criteria.filter(c => !rated.has(c.id)).length;
  const notApplicable = levelled.filter(r => r.rating === 'NA').length;
  let text = `Publishing records level ${levelName(level)}.`;
  if (unrated > 0) {
    text += ` ${unrated} ${
      unrated === 1 ? 'criterion is' : 'criteria are'
    } not rated yet and count as Not yet.`;
  }
  if (notApplicable > 0) {
    text += ` ${notApplicable} ${
      notApplicable === 1 ? 'criterion is' : 'criteria are'
    } not applicable and left out.`;
  }
  return text;
}

/**
 * The coach's work surface for one review of one process: for a new
 * review, what happened since the last one; then details,
 * strengths first, observations, ratings with the level they give (and each criterion's questions to ask), growth
 * suggestions and agreed actions, every text checked for tone as it is
 * typed. Saves and publishes a draft, or publishes an amendment of a
 * published review with a reason.
 *
 * @internal
 */
export const ReviewEditor = ({
  programme,
  process,
  review,
  mode,
  onSaved,
  onPublished,
  onCancel,
  ledByNotAllowed,
  sinceLastReview,
}: ReviewEditorProps) => {
  const [draft, setDraft] = useState<ReviewDraft>(() => draftFrom(review));
  const [showTeam, setShowTeam] = useState(() =>
    review.ratings.some(r => r.team !== undefined),
  );
  const members = useMemberNames(programme);
  const submission = useReviewSubmission({
    review,
    mode,
    draft,
    setDraft,
    onSaved,
    onPublished,
  });
  const { errors, busy } = submission;
  const on = useMemo(() => {
    const set = (change: Partial<ReviewDraft>) =>
      setDraft(d => ({ ...d, ...change }));
    return {
      set,
      strengths: (strengths: string[]) => set({ strengths }),
      observations: (observations: string[]) => set({ observations }),
      ratings: (ratings: ReviewDraft['ratings']) => set({ ratings }),
      suggestions: (suggestions: ReviewDraft['suggestions']) =>
        set({ suggestions }),
      actions: (actions: ReviewDraft['actions']) => set({ actions }),
    };
  }, []);
  const details = useMemo(
    () => ({
      date: draft.date,
      ledBy: draft.ledBy,
      participants: draft.participants,
      evidence: draft.evidence,
    }),
    [draft.date, draft.ledBy, draft.participants, draft.evidence],
  );
  const tone = useToneOptions();
  const toneCount = useMemo(
    () => reviewToneFindings(draft, tone).length,
    [draft, tone],
  );
  const summary = publishSummary(process, draft);
  const amend = mode === 'amend';
  const publishLabel = amend ? 'Publish amendment' : 'Publish';

  return (
    <Stack component="section" spacing={4} aria-labelledby="csip-review-title">
      <Box>
        <Typography id="csip-review-title" variant="h5" component="h3">
          {amend
            ? `Amend the review of ${process.name} of ${formatDate(
                review.date,
              )}`
            : `Review of ${process.name} (draft)`}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {amend
            ? 'The published review stays on record. Your amendment replaces it from now on and records why it was corrected.'
            : 'Start with what is working. Every text is checked for wording that could read as judgement while you type.'}
        </Typography>
      </Box>
      {sinceLastReview && (
        <SinceLastReview
          programmeId={programme.id}
          process={process}
          previous={sinceLastReview.previous}
        />
      )}
      <Details
        value={details}
        onChange={on.set}
        errors={errors}
        participantOptions={members.names}
        ledByNotAllowed={ledByNotAllowed}
      />
      {TEXT_LISTS.map(list => (
        <List
          key={list.field}
          {...list}
          value={draft[list.field]}
          onChange={on[list.field]}
          errors={errors}
        />
      ))}
      <ReviewFieldSection
        id="csip-review-ratings"
        title="Ratings"
        help={process.description}
      >
        <Ratings
          process={process}
          ratings={draft.ratings}
          onChange={on.ratings}
          showTeam={showTeam}
          onShowTeamChange={setShowTeam}
          errors={errors}
        />
        {!amend && (
          <SelfAssessmentSpread
            programmeId={programme.id}
            process={process}
            ratings={draft.ratings}
          />
        )}
      </ReviewFieldSection>
      <Suggestions
        value={draft.suggestions}
        onChange={on.suggestions}
        errors={errors}
      />
      <Actions
        value={draft.actions}
        onChange={on.actions}
        errors={errors}
        owners={members.owners}
      />
      {amend && (
        <TextField
          label="Reason for the amendment"
          value={draft.reason}
          onChange={e => on.set({ reason: e.target.value })}
          required
          multiline
          minRows={2}
          error={Boolean(errors.reason)}
          helperText={
            errors.reason ??
            'What was corrected and why; everyone who reads the review sees it.'
          }
        />
      )}
      <Divider />
      <ReviewEditorFooter
        mode={mode}
        summary={summary}
        toneCount={toneCount}
        submission={submission}
        onCancel={onCancel}
      />
      {submission.pendingFindings && (
        <ToneConfirmDialog
          findings={submission.pendingFindings}
          action={publishLabel}
          summary={summary}
          busy={busy}
          onConfirm={submission.confirmPublish}
          onClose={submission.cancelPublish}
        />
      )}
    </Stack>
  );
};
