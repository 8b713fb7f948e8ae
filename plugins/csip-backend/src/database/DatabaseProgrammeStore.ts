import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  Programme,
  ProgrammeListQuery,
  ProgrammeMember,
  ProgrammePage,
  ProgrammeSummary,
  ProgrammeUpdate,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { KnexStore } from './KnexStore';
import { decodeCursor, encodeCursor } from './pageCursor';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import {
  latestApproach,
  PageRow,
  PortfolioQuery,
  portfolioOrder,
  portfolioPage,
  portfolioQuery,
  ReadFilter,
} from './portfolioQuery';
import { NewProgramme, PhaseMove, ProgrammeStore } from './ProgrammeStore';
import { MemberRow, toMember, toMemberRows } from './rows/memberRows';
import {
  ProgrammeRow,
  toProgramme,
  toProgrammeRow,
  toSummary,
} from './rows/programmeRows';
import {
  toTransition,
  toTransitionRow,
  TransitionRow,
} from './rows/transitionRows';

/**
 * Knex implementation of {@link ProgrammeStore}, on SQLite or PostgreSQL.
 *
 * @internal
 */
export class DatabaseProgrammeStore
  extends KnexStore
  implements ProgrammeStore
{
  /** When this store last made sure the overdue counts are today's. */
  private overdueCheckedAt = 0;

  /**
   * Recounts the status rows' overdue actions when the day has turned
   * (one indexed probe; the recount itself once a day). Probed at most once
   * a second per store, so a list costs one query, not two: a count is at
   * most a second late after midnight.
   */
  private async recountOverdueIfDayTurned(): Promise<void> {
    const now = Date.now();
    if (now - this.overdueCheckedAt < 1000) return;
    await new DatabaseProgrammeStatusStore(this.db).recountOverdue();
    this.overdueCheckedAt = now;
  }

  /** Programme rows with the latest decided approach joined in. */
  private programmes(db: Knex = this.db) {
    return db<ProgrammeRow>('csip_programmes as p').select(
      'p.*',
      latestApproach(db),
    );
  }

  async createProgramme(programme: NewProgramme): Promise<Programme> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.inTransaction(async tx => {
      await tx<ProgrammeRow>('csip_programmes').insert(
        toProgrammeRow(id, {
          ...programme,
          phase: programme.phase ?? 'establish',
          archived: false,
          createdAt: now,
          updatedAt: now,
        }),
      );
      if (programme.members.length) {
        await tx<MemberRow>('csip_programme_members').insert(
          toMemberRows(id, programme.members),
        );
      }
    });
    return (await this.getProgramme(id))!;
  }

  async getProgramme(id: string): Promise<Programme | undefined> {
    // One statement: the programme's row once per member (once with none),
    // the members in the order getMembers gives them.
    const rows: Array<
      ProgrammeRow & {
        member_ref: string | null;
        member_role: ProgrammeMember['role'] | null;
      }
    > = await this.programmes()
      .select({ member_ref: 'm.user_ref', member_role: 'm.role' })
      .leftJoin('csip_programme_members as m', 'm.programme_id', 'p.id')
      .where('p.id', id)
      .orderBy(['m.user_ref', 'm.role']);
    if (rows.length === 0) {
      return undefined;
    }
    const members = rows.flatMap(row =>
      row.member_ref && row.member_role
        ? [
            toMember({
              programme_id: id,
              user_ref: row.member_ref,
              role: row.member_role,
            }),
          ]
        : [],
    );
    return toProgramme(rows[0], members);
  }

  async getProgrammes(ids: readonly string[]): Promise<Map<string, Programme>> {
    if (ids.length === 0) return new Map();
    const rows: ProgrammeRow[] = await this.programmes().whereIn('p.id', ids);
    const members = await this.getMembers(rows.map(row => row.id));
    const byId = new Map(rows.map(row => [row.id, row]));
    // In the order asked for.
    return new Map(
      ids.flatMap(id => {
        const row = byId.get(id);
        return row ? [[id, toProgramme(row, members.get(id) ?? [])]] : [];
      }),
    );
  }

  async getMembers(ids: string[]): Promise<Map<string, ProgrammeMember[]>> {
    const result = new Map<string, ProgrammeMember[]>(ids.map(id => [id, []]));
    if (!ids.length) {
      return result;
    }
    const rows = await this.db<MemberRow>('csip_programme_members')
      .whereIn('programme_id', ids)
      .orderBy(['user_ref', 'role']);
    for (const row of rows) {
      result.get(row.programme_id)?.push(toMember(row));
    }
    return result;
  }

  async listProgrammes(
    query: PortfolioQuery & Pick<ProgrammeListQuery, 'limit' | 'cursor'>,
    read: ReadFilter = { all: true },
  ): Promise<ProgrammePage> {
    const cursor = query.cursor
      ? decodeCursor(query.cursor, portfolioOrder(query))
      : undefined;
    await this.recountOverdueIfDayTurned();
    const { rows, next } = await portfolioPage<ProgrammeRow & PageRow>(
      this.db,
      query,
      read,
      { limit: query.limit, cursor },
    );
    return {
      items: rows.map(toSummary),
      nextCursor: next && encodeCursor(next),
    };
  }

  async listAllProgrammes(
    query: PortfolioQuery,
    read: ReadFilter,
    max: number,
  ): Promise<ProgrammeSummary[]> {
    await this.recountOverdueIfDayTurned();
    const rows: ProgrammeRow[] = await portfolioQuery(
      this.db,
      query,
      read,
    ).limit(max);
    return rows.map(toSummary);
  }

  async updateProgramme(
    id: string,
    update: ProgrammeUpdate,
  ): Promise<Programme> {
    await this.inTransaction(async tx => {
      const changes: Partial<ProgrammeRow> = {
        version: update.version + 1,
        updated_at: new Date().toISOString(),
      };
      if (update.title !== undefined) changes.title = update.title;
      if (update.vision !== undefined) changes.vision = update.vision;
      if (update.driver !== undefined) changes.driver = update.driver;
      if (update.ownerRef !== undefined) changes.owner_ref = update.ownerRef;
      if (update.archived !== undefined) changes.archived = update.archived;
      if (update.businessDrivers !== undefined) {
        changes.business_drivers = JSON.stringify(update.businessDrivers);
      }
      const updated = await tx<ProgrammeRow>('csip_programmes')
        .where({ id, version: update.version })
        .update(changes);
      if (updated === 0) {
        await this.throwMissingOrStale(tx, id, update.version);
      }
      if (update.members !== undefined) {
        await tx('csip_programme_members').where({ programme_id: id }).delete();
        if (update.members.length) {
          await tx('csip_programme_members').insert(
            toMemberRows(id, update.members),
          );
        }
      }
    });
    return (await this.getProgramme(id))!;
  }

  async movePhase(move: PhaseMove): Promise<Programme> {
    await this.inTransaction(async tx => {
      const now = new Date().toISOString();
      const updated = await tx<ProgrammeRow>('csip_programmes')
        .where({ id: move.programmeId, phase: move.from })
        .update({
          phase: move.to,
          version: tx.raw('version + 1') as unknown as number,
          updated_at: now,
        });
      if (updated === 0) {
        const exists = await tx('csip_programmes')
          .where({ id: move.programmeId })
          .first();
        if (!exists) {
          throw new NotFoundError(`No programme with id '${move.programmeId}'`);
        }
        throw new ConflictError(
          `The programme is no longer in ${move.from}; reload and try again`,
        );
      }
      await tx<TransitionRow>('csip_phase_transitions').insert(
        toTransitionRow({ ...move, movedAt: now }),
      );
    });
    return (await this.getProgramme(move.programmeId))!;
  }

  /** Oldest first. */
  listTransitions = this.programmeList('csip_phase_transitions', toTransition, [
    { column: 'seq', order: 'asc' },
  ]);

  listTransitionsOf = this.programmeListsOf(
    'csip_phase_transitions',
    toTransition,
    [{ column: 'seq', order: 'asc' }],
  );

  private async throwMissingOrStale(
    tx: Knex.Transaction,
    id: string,
    version: number,
  ): Promise<never> {
    const current = await tx<ProgrammeRow>('csip_programmes')
      .where({ id })
      .first('version');
    if (!current) {
      throw new NotFoundError(`No programme with id '${id}'`);
    }
    throw new ConflictError(
      `The programme was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`,
    );
  }
}
