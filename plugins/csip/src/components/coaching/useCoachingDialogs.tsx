import type {
  FollowUp,
  Moment,
  Programme,
} from '@csip-coach/plugin-csip-common';
import { type ReactNode, useState } from 'react';
import { formatDate } from '../../util/formatDate';
import { NoticeAlert } from '../shared';
import { RecordMomentDialog } from './RecordMomentDialog';
import {
  RecordOutcomeDialog,
  type RecordOutcomeDialogProps,
} from './RecordOutcomeDialog';

/**
 * What was just recorded, in words: "Moment recorded." and, with a
 * commitment, when it will be followed up.
 *
 * @internal
 */
export function describeRecorded(moment: Pick<Moment, 'commitment'>): string {
  return moment.commitment
    ? `Moment recorded. Its commitment is followed up on ${formatDate(
        moment.commitment.followUpOn,
      )}.`
    : 'Moment recorded.';
}

/** @internal */
export type CoachingDialogs = {
  /** What was just recorded, as a closable success message. */
  notice: ReactNode;
  /** Opens the dialog that records a moment (with a `programme`). */
  recordMoment: () => void;
  /** Opens the dialog that records how a commitment went. */
  recordOutcome: (followUp: RecordOutcomeDialogProps['followUp']) => void;
  /** The dialogs, to render once. */
  dialogs: ReactNode;
};

/**
 * The coaching dialogs of a view — recording a moment of `programme` and
 * the outcome of a commitment — with the message of what was recorded.
 * `onChanged` is called after either is recorded, and when an outcome had
 * been recorded meanwhile (409), for the view to load its lists again.
 *
 * @internal
 */
export function useCoachingDialogs({
  programme,
  onChanged,
}: {
  programme?: Programme;
  onChanged?: () => void;
}): CoachingDialogs {
  const [recording, setRecording] = useState(false);
  const [following, setFollowing] =
    useState<RecordOutcomeDialogProps['followUp']>();
  const [notice, setNotice] = useState<string>();
  const recorded = (text: string) => {
    setNotice(text);
    onChanged?.();
  };

  return {
    notice: (
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
    ),
    recordMoment: () => {
      setNotice(undefined);
      setRecording(true);
    },
    recordOutcome: followUp => {
      setNotice(undefined);
      setFollowing(followUp);
    },
    dialogs: (
      <>
        {programme && (
          <RecordMomentDialog
            open={recording}
            programme={programme}
            onClose={() => setRecording(false)}
            onRecorded={moment => {
              setRecording(false);
              recorded(describeRecorded(moment));
            }}
          />
        )}
        {following && (
          <RecordOutcomeDialog
            followUp={following}
            onClose={() => setFollowing(undefined)}
            onStale={onChanged}
            onRecorded={(saved: FollowUp) => {
              setFollowing(undefined);
              recorded(`Recorded how “${saved.text}” went.`);
            }}
          />
        )}
      </>
    ),
  };
}
