import {
  describeCalibrationGap,
  describeLevelVsTarget,
  LED_BY_NAMES,
  type ProcessMaturity,
  type Review,
} from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import { visuallyHidden } from '../../status/visuallyHidden';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { LevelTrendChart } from '../../status';
import { NotAllowedNote } from '../../shared';
import { RefLink } from '../../shared';
import { ReviewLink } from '../ReviewView';
import { useOlderTrend } from '../useOlderTrend';

/** @internal */
export type ProcessMaturityCardProps = {
  maturity: ProcessMaturity;
  /**
   * The programme, to load the trend's older points from; without it the
   * card shows the latest points only.
   */
  programmeId?: string;
  /**
   * Starts a draft review of the process; given only to those who may
   * write reviews (`useProgrammeAction('writeReview', …)`).
   */
  onStart?(): void;
  /**
   * Why the signed-in user may not start a review, shown with the start
   * button disabled when there is no `onStart`.
   */
  notAllowedReason?: string;
  /** A review is being started, so the start button waits. */
  starting?: boolean;
  /** The drafts of this process, to continue one. */
  drafts?: ReadonlyArray<Pick<Review, 'id' | 'date'>>;
};

/**
 * Where one process stands: its level against the target in words, the
 * target date and whether the sponsors agreed it, the level over time (the
 * latest 12 reviews, older ones loaded on request), the last review, how the team's self-rating compares with the coach's, and
 * drafts waiting to be finished. Coaches start a review from here; others
 * see the start button disabled with the reason.
 *
 * @internal
 */
export const ProcessMaturityCard = ({
  maturity,
  programmeId,
  onStart,
  notAllowedReason,
  starting = false,
  drafts = [],
}: ProcessMaturityCardProps) => {
  const headingId = `csip-maturity-${maturity.process}`;
  const whyId = `${headingId}-start-why`;
  const { lastReview } = maturity;
  const { trend, total, loadOlder, loading, error } = useOlderTrend(
    programmeId,
    maturity,
  );
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2, height: '100%' }}
    >
      <Stack spacing={1.5} sx={{ height: '100%' }}>
        <Stack
          direction="row"
          spacing={1}
          alignItems="center"
          flexWrap="wrap"
          useFlexGap
        >
          <Typography id={headingId} variant="h6" component="h4">
            {maturity.name}
          </Typography>
          {!maturity.inScope && (
            <Chip size="small" variant="outlined" label="Not in scope" />
          )}
        </Stack>
        <Typography variant="body1" fontWeight="bold">
          {describeLevelVsTarget(maturity.level, maturity.target)}
        </Typography>
        {maturity.target !== null && (
          <Box>
            <Typography variant="body2">
              {maturity.targetDate
                ? `Target date: ${formatDate(maturity.targetDate)}`
                : 'No target date set'}
            </Typography>
            <Stack direction="row" spacing={0.5} alignItems="center">
              {maturity.targetAgreed ? (
                <CheckCircleOutlineIcon fontSize="small" aria-hidden />
              ) : (
                <HourglassEmptyIcon fontSize="small" aria-hidden />
              )}
              <Typography variant="body2">
                {maturity.targetAgreed
                  ? 'Target agreed by the sponsors'
                  : 'Target not yet agreed'}
              </Typography>
            </Stack>
          </Box>
        )}
        <LevelTrendChart trend={trend} target={maturity.target} />
        {total > maturity.trend.length && (
          <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            flexWrap="wrap"
            useFlexGap
          >
            <Typography variant="body2" color="text.secondary">
              {trend.length < total
                ? `Showing the last ${trend.length} of ${total} reviews`
                : `Showing all ${total} reviews`}
            </Typography>
            {loadOlder && (
              <Button
                size="small"
                onClick={loadOlder}
                disabled={loading}
                aria-label={`Show older reviews of ${maturity.name}`}
              >
                Show older reviews
              </Button>
            )}
          </Stack>
        )}
        {error && (
          <Typography variant="body2" color="error" role="alert">
            Could not load the older reviews: {error.message}
          </Typography>
        )}
        {lastReview ? (
          <Box>
            <Typography variant="body2">
              Last review: {formatDate(lastReview.date)},{' '}
              {LED_BY_NAMES[lastReview.ledBy].toLocaleLowerCase('en-GB')}, by{' '}
              <RefLink entityRef={lastReview.author} />.{' '}
              <ReviewLink reviewId={lastReview.id}>
                Open the last review{' '}
                <Box component="span" sx={visuallyHidden}>
                  of {maturity.name}
                </Box>
              </ReviewLink>
            </Typography>
            <Typography variant="body2">
              {describeCalibrationGap(maturity.calibrationGap)}.
            </Typography>
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary">
            No review published yet.
          </Typography>
        )}
        {maturity.drafts > 0 && (
          <Box>
            <Stack direction="row" spacing={0.5} alignItems="center">
              <EditNoteIcon fontSize="small" aria-hidden />
              <Typography variant="body2">
                {maturity.drafts} draft{maturity.drafts === 1 ? '' : 's'} in
                progress
              </Typography>
            </Stack>
            {drafts.map(draft => (
              <Typography variant="body2" key={draft.id}>
                <ReviewLink reviewId={draft.id}>
                  {onStart ? 'Continue' : 'Read'} the draft of{' '}
                  {formatDate(draft.date)}
                </ReviewLink>
              </Typography>
            ))}
          </Box>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {onStart || notAllowedReason ? (
          <Stack spacing={0.5} alignItems="flex-start">
            <Button
              variant="outlined"
              startIcon={<AddIcon aria-hidden />}
              onClick={onStart}
              disabled={!onStart || starting}
              aria-label={`Start a review of ${maturity.name}`}
              aria-describedby={onStart ? undefined : whyId}
            >
              Start a review
            </Button>
            {!onStart && (
              <NotAllowedNote id={whyId} reason={notAllowedReason} />
            )}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Coaches record reviews.
          </Typography>
        )}
      </Stack>
    </Paper>
  );
};
