import {
  diffReviews,
  type ProcessDefinition,
  type Review,
  type ReviewChange,
} from '@csip-coach/plugin-csip-common';
import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutline';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';

type Direction = ReviewChange['direction'];

const ICONS: Record<Direction, typeof ArrowUpwardIcon> = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  added: AddCircleOutlineIcon,
  removed: RemoveCircleOutlineIcon,
  changed: EditOutlinedIcon,
};

const DIRECTION_NAMES: Record<Direction, string> = {
  up: 'Up',
  down: 'Down',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** @internal */
export type ReviewChangesProps = {
  /** The previous published review of the same process, if any. */
  previous?: Review;
  review: Review;
  /** The process both reviews rate, for the wording of its criteria. */
  process: ProcessDefinition;
};

/**
 * What changed since the previous published review of a process: the level,
 * each rating that moved, strengths and growth suggestions added or dropped,
 * new actions and who led it — each with an icon and the direction in words.
 *
 * @internal
 */
export const ReviewChanges = ({
  previous,
  review,
  process,
}: ReviewChangesProps) => {
  let body: JSX.Element;
  if (!previous) {
    body = (
      <Typography variant="body2">
        {review.state === 'published'
          ? `This is the first published review of ${process.name}: there is nothing earlier to compare it with.`
          : `There is no published review of ${process.name} yet to compare this draft with.`}
      </Typography>
    );
  } else {
    const changes = diffReviews(previous, review, process.criteria);
    body =
      changes.length === 0 ? (
        <Typography variant="body2">
          Nothing changed: the level, ratings, strengths, growth suggestions and
          who led it are as before, and no new actions were agreed.
        </Typography>
      ) : (
        <Stack
          component="ul"
          aria-labelledby="csip-review-changes"
          spacing={1}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {changes.map((change, i) => {
            const Icon = ICONS[change.direction];
            return (
              <Box
                component="li"
                key={i}
                sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
              >
                <Icon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
                <Typography variant="body2">
                  <strong>{DIRECTION_NAMES[change.direction]}:</strong>{' '}
                  {change.text}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      );
  }
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="csip-review-changes"
      sx={{ p: 3 }}
    >
      <Typography
        id="csip-review-changes"
        variant="h6"
        component="h4"
        gutterBottom
      >
        What changed since the last review
      </Typography>
      {previous && (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          Compared with the published review of {formatDate(previous.date)}.
        </Typography>
      )}
      {body}
    </Paper>
  );
};
