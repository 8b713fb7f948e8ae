import type {
  CoachRating,
  Criterion,
  Rating,
  RatingEvidence,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo } from 'react';
import type { FieldErrors } from '../../../util/formIssues';
import { CriterionQuestions } from '../CriterionQuestions';
import { RatingEvidenceField } from '../RatingEvidenceField';
import { ToneTextField } from '../ToneTextField';
import { RatingRadios } from './RatingRadios';

/** @internal */
export type CriterionRowProps = {
  criterion: Criterion;
  rating?: ReviewRating;
  /** The rating's place in the review's ratings, for its errors. */
  ratingIndex: number;
  /** Errors of the whole form, keyed like `ratings.3.naReason`. */
  errors?: FieldErrors;
  showTeam: boolean;
  /** Makes the radio groups' names unique on the page. */
  idPrefix: string;
  onCoachChange: (criterionId: string, rating: CoachRating) => void;
  onTeamChange: (criterionId: string, rating: Rating) => void;
  onNaReasonChange: (criterionId: string, naReason: string) => void;
  onEvidenceChange: (criterionId: string, evidence: RatingEvidence[]) => void;
};

const NO_EVIDENCE: RatingEvidence[] = [];

/** The message about an empty reason, in words. */
const reasonMessage = (error?: string) =>
  error === 'Required'
    ? 'Required: say why this criterion does not apply here'
    : error;

/**
 * One criterion, with its questions to ask, and the coach's rating — N/A
 * asks why it does not apply — with the evidence behind it, and, if shown,
 * the team's. Memoised: rating one criterion re-renders only its row.
 *
 * @internal
 */
export const CriterionRow = memo(function CriterionRowContent({
  criterion,
  rating,
  ratingIndex,
  errors,
  showTeam,
  idPrefix,
  onCoachChange,
  onTeamChange,
  onNaReasonChange,
  onEvidenceChange,
}: CriterionRowProps) {
  const at = `ratings.${ratingIndex}`;
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ minWidth: '16rem' }}>
        {criterion.text}
        <CriterionQuestions criterion={criterion} />
      </TableCell>
      <TableCell>
        <Stack spacing={1}>
          <RatingRadios
            label={criterion.text}
            name={`${idPrefix}-coach-${criterion.id}`}
            value={rating?.coach}
            onChange={coach => onCoachChange(criterion.id, coach)}
            notApplicable
          />
          {rating?.coach === 'NA' && (
            <ToneTextField
              label="Why is it not applicable?"
              value={rating.naReason ?? ''}
              onChange={reason => onNaReasonChange(criterion.id, reason)}
              required
              error={reasonMessage(errors?.[`${at}.naReason`])}
              helperText="Say why this criterion does not apply here; it is left out of the level."
            />
          )}
          <RatingEvidenceField
            label={criterion.text}
            value={rating?.evidence ?? NO_EVIDENCE}
            onChange={evidence => onEvidenceChange(criterion.id, evidence)}
            field={`${at}.evidence`}
            errors={errors}
          />
        </Stack>
      </TableCell>
      {showTeam && (
        <TableCell>
          <RatingRadios
            label={`Team rating for ${criterion.text}`}
            name={`${idPrefix}-team-${criterion.id}`}
            value={rating?.team}
            onChange={team => onTeamChange(criterion.id, team)}
          />
        </TableCell>
      )}
    </TableRow>
  );
});
