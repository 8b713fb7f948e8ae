import type {
  MembershipChange,
  ProgrammeMember,
} from '@csip-coach/plugin-csip-common';
import { KnexStore } from './KnexStore';

type ChangeRow = {
  seq?: number;
  programme_id: string;
  changed_by: string;
  changed_at: string;
  before: string;
  after: string;
};

function toChange(row: ChangeRow): MembershipChange {
  return {
    programmeId: row.programme_id,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    before: JSON.parse(row.before) as ProgrammeMember[],
    after: JSON.parse(row.after) as ProgrammeMember[],
  };
}

/**
 * The history of every change of a programme's members: append-only.
 *
 * @internal
 */
export class DatabaseMembershipStore extends KnexStore {
  async record(change: Omit<MembershipChange, 'changedAt'>): Promise<void> {
    await this.db<ChangeRow>('csip_membership_changes').insert({
      programme_id: change.programmeId,
      changed_by: change.changedBy,
      changed_at: new Date().toISOString(),
      before: JSON.stringify(change.before),
      after: JSON.stringify(change.after),
    });
  }

  /** Oldest first. */
  list = this.programmeList('csip_membership_changes', toChange, [
    { column: 'seq', order: 'asc' },
  ]);
}
