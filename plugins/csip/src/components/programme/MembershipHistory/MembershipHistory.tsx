import {
  diffMembers,
  type MembershipChange,
  type ProgrammeMember,
} from '@csip-coach/plugin-csip-common';
import { errorSentence } from '../../../api/errorSentence';
import { formatDateTime } from '../../../util/formatDate';
import { ROLE_NAMES } from '../../../util/labels';
import {
  ChangeList,
  type ChangeListItem,
  HistoryList,
  RefLink,
} from '../../shared';
import { useMembershipHistory } from './useMembershipHistory';

/** @internal */
export type MembershipHistoryProps = {
  programmeId: string;
  /**
   * Changes when the programme did (such as its `version`), so the history
   * loads again after the members were edited.
   */
  refreshKey?: unknown;
};

/** People with their roles: `priya.change as Lead, omar.member as Member`. */
const PeopleWithRoles = ({ members }: { members: ProgrammeMember[] }) => (
  <>
    {members.map((m, i) => (
      <span key={`${m.userRef}|${m.role}`}>
        {i > 0 && ', '}
        <RefLink entityRef={m.userRef} /> as {ROLE_NAMES[m.role]}
      </span>
    ))}
  </>
);

const Changes = ({ change }: { change: MembershipChange }) => {
  const { added, removed } = diffMembers(change.before, change.after);
  const changes: ChangeListItem[] = [];
  if (added.length > 0) {
    changes.push({ kind: 'added', text: <PeopleWithRoles members={added} /> });
  }
  if (removed.length > 0) {
    changes.push({
      kind: 'removed',
      text: <PeopleWithRoles members={removed} />,
    });
  }
  return <ChangeList changes={changes} empty="Nobody was added or removed." />;
};

/**
 * Every change of the programme's members, newest first: who changed them,
 * when (local date and time), and whom they added and removed, with the
 * roles, worked out from the recorded before and after lists with the
 * common `diffMembers`.
 *
 * @internal
 */
export const MembershipHistory = ({
  programmeId,
  refreshKey,
}: MembershipHistoryProps) => {
  const { changes, error } = useMembershipHistory(programmeId, refreshKey);
  return (
    <HistoryList
      title="Membership history"
      description="Who added or removed people, or changed their roles, and when."
      entries={changes}
      loadError={
        error &&
        `Could not load the membership history: ${errorSentence(error)}`
      }
      empty="No changes to the members since the programme was created."
      entryKey={(change, index) => `${change.changedAt}-${index}`}
      newestFirstBy={change => change.changedAt}
      renderEntry={change => ({
        title: (
          <>
            <RefLink entityRef={change.changedBy} /> changed the members on{' '}
            {formatDateTime(change.changedAt)}
          </>
        ),
        details: <Changes change={change} />,
      })}
    />
  );
};
