import {
  calibrationGapFromMedians,
  describeCalibrationGap,
  medianGap,
  RATING_LABELS,
  SELF_ASSESSMENT_GROUP_MIN,
  type ProcessDefinition,
  type Rating,
} from '@csip-coach/plugin-csip-common';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useId } from 'react';
import { formatDate } from '../../../util/formatDate';
import { IconNote, LoadError } from '../../shared';
import { useSelfAssessmentSummary } from '../useSelfAssessmentSummary';
import { RatingSpreadBar } from './RatingSpreadBar';

/** @internal */
export type SelfAssessmentSpreadProps = {
  programmeId: string;
  process: Pick<ProcessDefinition, 'id' | 'name' | 'criteria'>;
  /** The coach's ratings so far, to show the gap from the team's median. */
  ratings: ReadonlyArray<{ criterionId: string; coach?: string }>;
};

const ratingLabel = (rating: string | null | undefined) =>
  rating && rating in RATING_LABELS ? RATING_LABELS[rating as Rating] : '—';

/** "+1 step", "−2 steps", "Alike", or "—" without both ratings. */
export function describeGap(gap: number | null): string {
  if (gap === null) return '—';
  if (gap === 0) return 'Alike';
  const steps = Math.abs(gap);
  return `${gap > 0 ? '+' : '−'}${steps} step${steps === 1 ? '' : 's'}`;
}

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * What the team said before this review, beside the coach's ratings: per
 * criterion the spread of the members' own ratings (counts of N, P, L, F
 * and not applicable, as a small bar and in words), the median and how
 * far it is from the coach's current rating; how many answered, how many
 * anonymous answers are withheld in a group under 3, the calibration gap
 * and where the team disagrees most. Names nobody.
 *
 * @internal
 */
export const SelfAssessmentSpread = ({
  programmeId,
  process,
  ratings,
}: SelfAssessmentSpreadProps) => {
  const headingId = useId();
  const summary = useSelfAssessmentSummary(programmeId, process.id);
  const text = (criterionId: string) =>
    process.criteria.find(c => c.id === criterionId)?.text ?? criterionId;
  const coach = new Map(ratings.map(r => [r.criterionId, r.coach]));
  const value = summary.value;

  let body;
  if (summary.error && !summary.loading) {
    body = (
      <LoadError
        failed={summary}
        title="Could not load the team’s self-assessment"
      />
    );
  } else if (!value) {
    body = <LinearProgress aria-label="Loading the team’s self-assessment" />;
  } else {
    const since = value.since
      ? `since the last review was published on ${formatDate(value.since)}`
      : 'so far';
    const gap = calibrationGapFromMedians(ratings, value.criteria);
    const answered = value.criteria.filter(c =>
      Object.values(c.counts).some(n => n > 0),
    );
    body = (
      <>
        <Typography variant="body2">
          {value.respondents === 0
            ? `Nobody’s self-assessment of ${process.name} is shown ${since}.`
            : `${plural(
                value.respondents,
                'person has',
                'people have',
              )} self-assessed ${process.name} ${since}.`}{' '}
          {value.respondents > 0 && describeCalibrationGap(gap)}
        </Typography>
        {value.anonymousWithheld > 0 && (
          <IconNote icon={VisibilityOffOutlinedIcon}>
            {plural(
              value.anonymousWithheld,
              'anonymous answer is',
              'anonymous answers are',
            )}{' '}
            withheld until at least {SELF_ASSESSMENT_GROUP_MIN} people have
            answered.
          </IconNote>
        )}
        {value.respondents === 0 && (
          <Typography variant="body2" color="text.secondary">
            Leads, members and sponsors self-assess with “Self-assess” on the
            Reviews tab.
          </Typography>
        )}
        {answered.length > 0 && (
          <Table
            size="small"
            aria-label={`Team self-assessment of ${process.name}`}
          >
            <TableHead>
              <TableRow>
                <TableCell>Criterion</TableCell>
                <TableCell>Spread</TableCell>
                <TableCell>Median</TableCell>
                <TableCell>Coach</TableCell>
                <TableCell>Gap from the coach</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {answered.map(c => (
                <TableRow key={c.criterionId}>
                  <TableCell component="th" scope="row">
                    <Typography variant="body2">
                      {text(c.criterionId)}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {c.criterionId}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <RatingSpreadBar counts={c.counts} />
                  </TableCell>
                  <TableCell>{ratingLabel(c.median)}</TableCell>
                  <TableCell>{ratingLabel(coach.get(c.criterionId))}</TableCell>
                  <TableCell>
                    {describeGap(medianGap(coach.get(c.criterionId), c.median))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {value.respondents > 0 && (
          <Stack spacing={0.5}>
            <Typography variant="subtitle2" component="h6">
              Where we disagree most
            </Typography>
            {value.disagreements.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                The team rates every criterion alike.
              </Typography>
            ) : (
              <Stack component="ol" spacing={0.5} sx={{ m: 0, pl: 3 }}>
                {value.disagreements.map(d => (
                  <Typography
                    component="li"
                    variant="body2"
                    key={d.criterionId}
                  >
                    {text(d.criterionId)} ({d.criterionId}): from{' '}
                    {ratingLabel(d.lowest)} to {ratingLabel(d.highest)},{' '}
                    {plural(d.spread, 'step', 'steps')} apart
                  </Typography>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </>
    );
  }

  return (
    <Stack component="section" spacing={1.5} aria-labelledby={headingId}>
      <Typography id={headingId} variant="h6" component="h5">
        Team self-assessment
      </Typography>
      {body}
    </Stack>
  );
};
