import type { Programme } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { processName as builtInName } from '../../../util/labels';
import { LoadState, SectionPanel } from '../../shared';
import { CoachingMixCard } from '../CoachingMixCard';
import { FollowUpList } from '../FollowUpList';
import { MomentList } from '../MomentList';
import { RecordMomentButton } from '../RecordMomentDialog';
import { useCoachingDialogs } from '../useCoachingDialogs';
import { useFollowUps } from '../useFollowUps';
import { useMoments } from '../useMoments';

/** @internal */
export type CoachingTabProps = {
  programme: Programme;
};

const FOLLOW_UPS_TITLE = 'csip-coaching-follow-ups-title';
const MOMENTS_TITLE = 'csip-coaching-moments-title';

/**
 * Coaching between reviews on the programme page: recording a coaching
 * moment (coaches and leads whom the portal's policy allows; anyone else
 * sees why not), the coaching mix against the 3 : 1 aim, the commitments
 * to follow up with a way to record how each went, and every moment,
 * newest first.
 *
 * @internal
 */
export const CoachingTab = ({ programme }: CoachingTabProps) => {
  const outcomeAccess = useProgrammeAction('recordFollowUpOutcome', programme);
  const moments = useMoments(programme.id);
  const followUps = useFollowUps(programme.id);
  // Only for the processes' names; the built-in names do without.
  const model = useMaturityModel();
  const [changes, setChanges] = useState(0);

  const processName = (id: string) =>
    model.value?.processes.find(p => p.id === id)?.name ?? builtInName(id);
  const coaching = useCoachingDialogs({
    programme,
    onChanged: () => {
      moments.retry();
      followUps.retry();
      setChanges(n => n + 1);
    },
  });

  return (
    <Stack spacing={2}>
      <Stack spacing={0.5}>
        <Typography variant="h5" component="h3">
          Coaching
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Coaching between reviews, where the work happens: what you observed,
          the questions asked, the team’s answers and what they commit to.
        </Typography>
      </Stack>
      <RecordMomentButton
        programme={programme}
        reasonId="csip-coaching-record-why"
        onClick={coaching.recordMoment}
      />
      {coaching.notice}
      <CoachingMixCard
        programmeId={programme.id}
        refreshKey={changes}
        headingComponent="h4"
      />
      <SectionPanel
        titleId={FOLLOW_UPS_TITLE}
        title="Commitments to follow up"
        headingComponent="h4"
        padding={2}
        spacing={1.5}
      >
        <LoadState
          state={followUps}
          errorTitle="Could not load the commitments"
        >
          {items => (
            <FollowUpList
              followUps={items}
              labelledBy={FOLLOW_UPS_TITLE}
              access={outcomeAccess}
              reasonId="csip-coaching-outcome-why"
              processName={processName}
              onRecordOutcome={coaching.recordOutcome}
              empty="No commitments yet. When the team commits to something in a coaching moment, add it with an owner and a date to follow it up; it shows up here."
            />
          )}
        </LoadState>
      </SectionPanel>
      <SectionPanel
        titleId={MOMENTS_TITLE}
        title="Coaching moments"
        headingComponent="h4"
        padding={2}
        spacing={1.5}
      >
        <LoadState state={moments} errorTitle="Could not load the moments">
          {items => (
            <MomentList
              moments={items}
              labelledBy={MOMENTS_TITLE}
              processName={processName}
              empty="No coaching moments yet. Record one when you coach in the work — at a CAB meeting, on a change or a release — so the team’s answers and commitments are kept."
            />
          )}
        </LoadState>
      </SectionPanel>
      {coaching.dialogs}
    </Stack>
  );
};
