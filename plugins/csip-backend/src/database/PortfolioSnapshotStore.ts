import type { ProgrammeStatus } from './DatabaseProgrammeStatusStore';

/**
 * One programme's portfolio status in one week.
 *
 * @internal
 */
export type PortfolioSnapshotRow = {
  /** The Monday that starts the week, an ISO date. */
  week: string;
  programmeId: string;
  /** The programme's owner when the snapshot was taken. */
  ownerRef: string;
  status: ProgrammeStatus;
};

/**
 * The weekly snapshots of the programmes' portfolio status, the history of
 * the roll-up by group.
 *
 * @internal
 */
export interface PortfolioSnapshotStore {
  /**
   * One page of the current status of the programmes that are not archived
   * (and have a status row), in id order after `after`: what a snapshot of
   * this week takes.
   */
  currentStatusPage(options: {
    limit: number;
    after?: string;
  }): Promise<Omit<PortfolioSnapshotRow, 'week'>[]>;
  /**
   * Writes the rows: a row of a week and programme already there is
   * replaced (`existing: 'replace'`) or left as it is (`'keep'`).
   */
  putSnapshots(
    rows: readonly PortfolioSnapshotRow[],
    options: { existing: 'replace' | 'keep' },
  ): Promise<void>;
  /**
   * The snapshots from the week `since` on, oldest week first; with
   * `ownerKeys`, only those whose owner (compared in lower case) is one of
   * them.
   */
  listSnapshots(options: {
    since: string;
    ownerKeys?: ReadonlySet<string>;
  }): Promise<PortfolioSnapshotRow[]>;
}
