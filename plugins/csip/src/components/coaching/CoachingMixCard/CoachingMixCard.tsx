import {
  describeCoachingMix,
  type CoachingSummary,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CsipQuery } from '../../../hooks/useCsipQuery';
import { LoadState, SectionPanel } from '../../shared';
import { useCoaching } from '../useCoaching';
import { CoachingMixChart } from './CoachingMixChart';
import { describeAdvice, describeCommitments } from './describeCoaching';

/** @internal */
export type CoachingMixCardProps = {
  programmeId: string;
  /** Loads the summary again when it changes, such as after a recording. */
  refreshKey?: unknown;
  /** The heading's level in the page. */
  headingComponent?: 'h2' | 'h3' | 'h4';
};

/**
 * The coaching summary in words: the mix, the commitments and the advice.
 *
 * @internal
 */
export const CoachingMix = ({ summary }: { summary: CoachingSummary }) => (
  <Stack spacing={1.5}>
    <Typography variant="body1">{describeCoachingMix(summary)}</Typography>
    {summary.inTheWork + summary.scheduled > 0 ? (
      <CoachingMixChart {...summary} />
    ) : (
      <Typography variant="body2" color="text.secondary">
        Next step: record a moment from the programme’s Coaching tab, or from
        the team’s Improvement tab, whenever you coach in the work.
      </Typography>
    )}
    <Typography variant="body2">{describeCommitments(summary)}</Typography>
    <Typography variant="body2">{describeAdvice(summary.advice)}</Typography>
  </Stack>
);

/**
 * The coaching summary as `useCoaching` gives it: in words (`CoachingMix`)
 * once loaded, or why it could not be. Without a panel or heading, for a
 * section that has one and loads the summary for other parts too (the
 * programme overview, where the sustain notice reads it as well).
 *
 * @internal
 */
export const CoachingMixState = ({
  coaching,
}: {
  coaching: CsipQuery<CoachingSummary>;
}) => (
  <LoadState state={coaching} errorTitle="Could not load the coaching mix">
    {summary => <CoachingMix summary={summary} />}
  </LoadState>
);

/**
 * How the programme is coached between reviews: the mix of moments in the
 * work and scheduled against the 3 : 1 aim, in words and as a small bar
 * chart with a text alternative; the open and due commitments and how the
 * followed-up ones went; and how many suggestions the team adopted,
 * deferred or declined, described, never judged.
 *
 * @internal
 */
export const CoachingMixCard = ({
  programmeId,
  refreshKey,
  headingComponent = 'h3',
}: CoachingMixCardProps) => {
  const coaching = useCoaching(programmeId, refreshKey);
  return (
    <SectionPanel
      titleId="csip-coaching-mix-title"
      title="Coaching between reviews"
      headingComponent={headingComponent}
      padding={2}
      spacing={1.5}
    >
      <CoachingMixState coaching={coaching} />
    </SectionPanel>
  );
};
