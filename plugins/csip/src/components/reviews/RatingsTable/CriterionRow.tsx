import type {
  Criterion,
  Rating,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo } from 'react';
import { CriterionQuestions } from '../CriterionQuestions';
import { RatingRadios } from './RatingRadios';

/** @internal */
export type CriterionRowProps = {
  criterion: Criterion;
  rating?: ReviewRating;
  showTeam: boolean;
  /** Makes the radio groups' names unique on the page. */
  idPrefix: string;
  onCoachChange: (criterionId: string, rating: Rating) => void;
  onTeamChange: (criterionId: string, rating: Rating) => void;
};

/**
 * One criterion, with its questions to ask, and the coach's rating and, if shown, the team's. Memoised:
 * rating one criterion re-renders only its row.
 *
 * @internal
 */
export const CriterionRow = memo(function CriterionRowContent({
  criterion,
  rating,
  showTeam,
  idPrefix,
  onCoachChange,
  onTeamChange,
}: CriterionRowProps) {
  return (
    <TableRow>
      <TableCell sx={{ minWidth: '16rem' }}>
        {criterion.text}
        <CriterionQuestions criterion={criterion} />
      </TableCell>
      <TableCell>
        <RatingRadios
          label={criterion.text}
          name={`${idPrefix}-coach-${criterion.id}`}
          value={rating?.coach}
          onChange={coach => onCoachChange(criterion.id, coach)}
        />
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
