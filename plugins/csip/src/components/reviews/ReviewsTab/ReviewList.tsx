import {
  LED_BY_NAMES,
  levelName,
  type Review,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { RefLink, SectionPanel } from '../../shared';
import { ReviewLink } from '../ReviewView';

/** @internal */
export type ReviewListProps = {
  /** Every review of the programme, drafts included. */
  reviews: Review[];
  /** A process's name by id. */
  processName(id: string): string;
  /** The signed-in user may write reviews: a coach the policy allows. */
  canWrite: boolean;
};

const newestFirst = (a: Review, b: Review) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/**
 * Every review of the programme, newest first, each opening the review; or,
 * before the first one, what a review is and how to start one.
 *
 * @internal
 */
export const ReviewList = ({
  reviews,
  processName,
  canWrite,
}: ReviewListProps) => (
  <SectionPanel
    titleId="csip-review-list"
    title={reviews.length === 0 ? 'No reviews yet' : 'All reviews'}
    headingComponent="h4"
    gutterBottom
  >
    {reviews.length === 0 ? (
      <Stack spacing={1}>
        <Typography variant="body2">
          A maturity review is a coaching conversation about one process. The
          coach and the team look at what a visitor would see or find at each
          capability level, rate each criterion from Not yet to Fully, note what
          is working first, then observations and growth suggestions, and agree
          a few actions. Once published, a review sets the process’s level and
          its agreed actions join the action register.
        </Typography>
        <Typography variant="body2">
          {canWrite
            ? 'Next step: choose “Start a review” on a process above to open a draft. Nothing is shared until you publish it.'
            : 'Coaches record reviews. Once a coach publishes one, it appears here and on the process above.'}
        </Typography>
      </Stack>
    ) : (
      <Table size="small" aria-labelledby="csip-review-list">
        <TableHead>
          <TableRow>
            <TableCell>Date</TableCell>
            <TableCell>Process</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Level</TableCell>
            <TableCell>Led by</TableCell>
            <TableCell>Author</TableCell>
            <TableCell>Corrections</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...reviews].sort(newestFirst).map(review => {
            const name = processName(review.process);
            const published = review.state === 'published';
            return (
              <TableRow key={review.id} hover>
                <TableCell>
                  <ReviewLink
                    reviewId={review.id}
                    aria-label={`Open the ${name} review of ${formatDate(
                      review.date,
                    )}`}
                  >
                    {formatDate(review.date)}
                  </ReviewLink>
                </TableCell>
                <TableCell>{name}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} alignItems="center">
                    {published ? (
                      <CheckCircleOutlineIcon fontSize="small" aria-hidden />
                    ) : (
                      <EditNoteIcon fontSize="small" aria-hidden />
                    )}
                    <span>{published ? 'Published' : 'Draft'}</span>
                  </Stack>
                </TableCell>
                <TableCell>
                  {review.level !== undefined
                    ? levelName(review.level)
                    : 'Set when published'}
                </TableCell>
                <TableCell>{LED_BY_NAMES[review.ledBy]}</TableCell>
                <TableCell>
                  <RefLink entityRef={review.author} />
                </TableCell>
                <TableCell>
                  {[review.amendedBy && 'Amended', review.amends && 'Amendment']
                    .filter(Boolean)
                    .join(', ') || 'None'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    )}
  </SectionPanel>
);
