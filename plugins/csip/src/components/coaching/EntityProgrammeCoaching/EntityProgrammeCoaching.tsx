import type { FollowUp, Programme } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { useProgramme } from '../../programme/useProgramme';
import { LoadError } from '../../shared';
import { FollowUpList } from '../FollowUpList';
import { RecordMomentButton } from '../RecordMomentDialog';
import { useCoachingDialogs } from '../useCoachingDialogs';
import { useFollowUps } from '../useFollowUps';

/** @internal */
export type EntityProgrammeCoachingProps = {
  programmeId: string;
};

/** The commitments whose follow-up date has come and that have no outcome. */
const dueOnes = (items: ReadonlyArray<FollowUp>) =>
  items.filter(f => f.due && !f.outcome);

/** The loaded programme's part: the button, the due commitments, dialogs. */
const Loaded = ({
  programme,
  followUps,
  onChanged,
}: {
  programme: Programme;
  followUps: ReturnType<typeof useFollowUps>;
  onChanged: () => void;
}) => {
  const outcomeAccess = useProgrammeAction('recordFollowUpOutcome', programme);
  const coaching = useCoachingDialogs({ programme, onChanged });
  const titleId = `csip-entity-due-${programme.id}`;
  const due = followUps.value ? dueOnes(followUps.value) : undefined;

  return (
    <Stack spacing={1.5} alignItems="flex-start">
      <Typography id={titleId} variant="subtitle1" component="h4">
        Commitments due for follow-up
      </Typography>
      {followUps.error && !followUps.loading && (
        <LoadError failed={followUps} title="Could not load the commitments" />
      )}
      {due && (
        <FollowUpList
          followUps={due}
          labelledBy={titleId}
          access={outcomeAccess}
          reasonId={`csip-entity-outcome-why-${programme.id}`}
          onRecordOutcome={coaching.recordOutcome}
          empty="No commitment is due for follow-up. Commitments the team makes in coaching moments show up here on their follow-up date."
        />
      )}
      {coaching.notice}
      <RecordMomentButton
        programme={programme}
        reasonId={`csip-entity-record-why-${programme.id}`}
        variant="outlined"
        onClick={coaching.recordMoment}
      />
      {coaching.dialogs}
    </Stack>
  );
};

/**
 * Coaching on a team's Improvement tab, for one programme: the
 * commitments due for follow-up, each with a way to record how it went,
 * and a button to record a coaching moment right where the coach is
 * (coaches and leads; anyone else sees why not).
 *
 * @internal
 */
export const EntityProgrammeCoaching = ({
  programmeId,
}: EntityProgrammeCoachingProps) => {
  // The programme's members decide who may record, and own commitments.
  const programme = useProgramme(programmeId);
  const followUps = useFollowUps(programmeId);
  if (programme.error && !programme.loading) {
    return <LoadError failed={programme} title="Could not load the coaching" />;
  }
  if (!programme.value) return null;
  return (
    <Loaded
      programme={programme.value}
      followUps={followUps}
      onChanged={followUps.retry}
    />
  );
};
