import type { ProgrammeStatus } from './DatabaseProgrammeStatusStore';
import { KnexStore } from './KnexStore';
import type {
  PortfolioSnapshotRow,
  PortfolioSnapshotStore,
} from './PortfolioSnapshotStore';
import { ProgrammeRow, toSummary } from './rows/programmeRows';

type SnapshotRow = {
  week: string;
  programme_id: string;
  owner_ref: string;
  status: string;
  taken_at: string;
};

/** Owner refs per query, well under SQLite's bound-parameter limit. */
const OWNER_CHUNK = 500;

const TABLE = 'csip_portfolio_snapshots';

/**
 * The weekly snapshots in `csip_portfolio_snapshots`, the same on SQLite and
 * PostgreSQL (upserts by `onConflict`).
 *
 * @internal
 */
export class DatabasePortfolioSnapshotStore
  extends KnexStore
  implements PortfolioSnapshotStore
{
  async currentStatusPage(options: {
    limit: number;
    after?: string;
  }): Promise<Omit<PortfolioSnapshotRow, 'week'>[]> {
    const query = this.db('csip_programmes as p')
      .join('csip_programme_status as s', 's.programme_id', 'p.id')
      .where('p.archived', false)
      .select('p.*', 's.*')
      .orderBy('p.id')
      .limit(options.limit);
    if (options.after !== undefined) query.where('p.id', '>', options.after);
    const rows: ProgrammeRow[] = await query;
    return rows.map(row => ({
      programmeId: row.id,
      ownerRef: row.owner_ref,
      status: toSummary(row).status as ProgrammeStatus,
    }));
  }

  async putSnapshots(
    rows: readonly PortfolioSnapshotRow[],
    options: { existing: 'replace' | 'keep' },
  ): Promise<void> {
    if (rows.length === 0) return;
    const takenAt = new Date().toISOString();
    const insert = this.db<SnapshotRow>(TABLE)
      .insert(
        rows.map(row => ({
          week: row.week,
          programme_id: row.programmeId,
          owner_ref: row.ownerRef,
          status: JSON.stringify(row.status),
          taken_at: takenAt,
        })),
      )
      .onConflict(['week', 'programme_id']);
    await (options.existing === 'replace' ? insert.merge() : insert.ignore());
  }

  async listSnapshots(options: {
    since: string;
    ownerKeys?: ReadonlySet<string>;
  }): Promise<PortfolioSnapshotRow[]> {
    const query = () =>
      this.db<SnapshotRow>(TABLE)
        .where('week', '>=', options.since)
        .orderBy([
          { column: 'week', order: 'asc' },
          { column: 'programme_id', order: 'asc' },
        ]);
    let rows: SnapshotRow[];
    if (!options.ownerKeys) {
      rows = await query();
    } else {
      const owners = [...options.ownerKeys];
      rows = [];
      for (let i = 0; i < owners.length; i += OWNER_CHUNK) {
        rows.push(
          ...(await query().whereIn(
            this.db.raw('LOWER(owner_ref)') as unknown as string,
            owners.slice(i, i + OWNER_CHUNK),
          )),
        );
      }
      rows.sort((a, b) =>
        a.week === b.week
          ? a.programme_id.localeCompare(b.programme_id)
          : a.week.localeCompare(b.week),
      );
    }
    return rows.map(row => ({
      week: row.week,
      programmeId: row.programme_id,
      ownerRef: row.owner_ref,
      status: JSON.parse(row.status),
    }));
  }
}
