import {
  SELF_RATING_LABELS,
  selfRatingSchema,
  type SelfRatingCounts,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** The colour of each rating's part of the bar, from the theme. */
const COLOURS: Record<keyof SelfRatingCounts, string> = {
  N: 'error.light',
  P: 'warning.light',
  L: 'info.light',
  F: 'success.light',
  NA: 'grey.400',
};

/** "1 Partly, 2 Largely": the counts that are not zero, in words. */
export function describeCounts(counts: SelfRatingCounts): string {
  const parts = selfRatingSchema.options
    .filter(r => counts[r] > 0)
    .map(r => `${counts[r]} ${SELF_RATING_LABELS[r]}`);
  return parts.length ? parts.join(', ') : 'No answers';
}

/**
 * The spread of one criterion's answers: a small bar with a part per
 * rating (N to F, then not applicable), which is decoration only, and the
 * counts in words beside it.
 *
 * @internal
 */
export const RatingSpreadBar = ({ counts }: { counts: SelfRatingCounts }) => {
  const total = selfRatingSchema.options.reduce((n, r) => n + counts[r], 0);
  return (
    <Stack spacing={0.5}>
      {total > 0 && (
        <Box
          aria-hidden
          sx={{
            display: 'flex',
            width: 120,
            height: 8,
            borderRadius: 1,
            overflow: 'hidden',
            bgcolor: 'action.hover',
          }}
        >
          {selfRatingSchema.options.map(r =>
            counts[r] > 0 ? (
              <Box key={r} sx={{ flexGrow: counts[r], bgcolor: COLOURS[r] }} />
            ) : null,
          )}
        </Box>
      )}
      <Typography variant="body2">{describeCounts(counts)}</Typography>
    </Stack>
  );
};
