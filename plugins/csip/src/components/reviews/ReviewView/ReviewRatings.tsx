import {
  COACH_RATING_LABELS,
  describeEvidenceCoverage,
  evidenceCoverage,
  levelName,
  RATING_LABELS,
  type ProcessDefinition,
  type ReviewRating,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RatingEvidenceList } from '../RatingEvidenceList';

/** @internal */
export type ReviewRatingsProps = {
  ratings: ReviewRating[];
  process: ProcessDefinition;
};

const LEVELS = [1, 2, 3, 4, 5];

/** The coach's rating in words, why it is not applicable, and its evidence. */
const CoachRatingCell = ({
  rating,
  criterionText,
}: {
  rating?: ReviewRating;
  criterionText: string;
}) => {
  if (!rating) return <>Not rated</>;
  return (
    <>
      {COACH_RATING_LABELS[rating.coach]}
      {rating.naReason && (
        <Typography variant="body2" color="text.secondary">
          Why: {rating.naReason}
        </Typography>
      )}
      <RatingEvidenceList
        evidence={rating.evidence ?? []}
        label={`Evidence for ${criterionText}`}
      />
    </>
  );
};

/**
 * The coach's rating of each criterion, level by level — Not applicable
 * with its reason — with the evidence under each rating and the team's own
 * rating where the team gave one; first how many ratings have evidence and
 * that Not applicable criteria are left out of the level. Levels without
 * any rating are named together at the end.
 *
 * @internal
 */
export const ReviewRatings = ({ ratings, process }: ReviewRatingsProps) => {
  const byId = new Map(ratings.map(r => [r.criterionId, r]));
  const withTeam = ratings.some(r => r.team);
  const rated = LEVELS.filter(level =>
    process.criteria.some(c => c.level === level && byId.has(c.id)),
  );
  const unrated = LEVELS.filter(
    level =>
      !rated.includes(level) && process.criteria.some(c => c.level === level),
  );
  const known = new Set(process.criteria.map(c => c.id));
  const unknown = ratings.filter(r => !known.has(r.criterionId));
  const notApplicable = ratings.filter(r => r.coach === 'NA').length;

  if (rated.length === 0 && unknown.length === 0) {
    return <Typography variant="body2">No criterion is rated yet.</Typography>;
  }
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {describeEvidenceCoverage(evidenceCoverage(ratings))}.
        {notApplicable > 0 &&
          ` ${notApplicable} ${
            notApplicable === 1 ? 'criterion is' : 'criteria are'
          } not applicable and left out of the level.`}
      </Typography>
      {rated.map(level => {
        const id = `csip-review-ratings-${level}`;
        return (
          <Stack key={level} spacing={1}>
            <Typography id={id} variant="subtitle1" component="h5">
              Level {levelName(level)}
            </Typography>
            <Table size="small" aria-labelledby={id}>
              <TableHead>
                <TableRow>
                  <TableCell>Criterion</TableCell>
                  <TableCell>Coach rating</TableCell>
                  {withTeam && <TableCell>Team rating</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {process.criteria
                  .filter(c => c.level === level)
                  .map(criterion => {
                    const rating = byId.get(criterion.id);
                    return (
                      <TableRow key={criterion.id}>
                        <TableCell>
                          {criterion.text}{' '}
                          <Typography
                            component="span"
                            variant="caption"
                            color="text.secondary"
                          >
                            ({criterion.id})
                          </Typography>
                        </TableCell>
                        <TableCell>
                          <CoachRatingCell
                            rating={rating}
                            criterionText={criterion.text}
                          />
                        </TableCell>
                        {withTeam && (
                          <TableCell>
                            {rating?.team
                              ? RATING_LABELS[rating.team]
                              : 'Not given'}
                          </TableCell>
                        )}
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </Stack>
        );
      })}
      {unknown.length > 0 && (
        <Typography variant="body2">
          Also rated, but no longer in the maturity model:{' '}
          {unknown
            .map(r => `${r.criterionId} (${COACH_RATING_LABELS[r.coach]})`)
            .join(', ')}
          .
        </Typography>
      )}
      {unrated.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          Not rated in this review:{' '}
          {unrated.map(level => `level ${levelName(level)}`).join(', ')}.
        </Typography>
      )}
    </Stack>
  );
};
