import {
  programmeRoleSchema,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { KnexStore } from './KnexStore';
import type {
  MyWorkStore,
  OwnedAction,
  OwnedFollowUp,
  ProgrammeWithRoles,
} from './MyWorkStore';
import { ActionRow, toAction } from './rows/actionRows';
import { FollowUpRow, toFollowUp } from './rows/momentRows';
import { ProgrammeRow, toSummary } from './rows/programmeRows';

const OPEN_STATUSES = ['open', 'in-progress'];

/** The order roles are listed in: as the schema names them. */
const ROLE_ORDER: readonly ProgrammeRole[] = programmeRoleSchema.options;

/**
 * Knex implementation of {@link MyWorkStore}.
 *
 * @internal
 */
export class DatabaseMyWorkStore extends KnexStore implements MyWorkStore {
  async listOwnedActions(userRef: string): Promise<OwnedAction[]> {
    const rows: (ActionRow & { programme_title: string })[] = await this.owned(
      this.openActions(userRef, 'a.*'),
      'a',
      'due_date',
    );
    return rows.map(row => ({
      ...toAction(row),
      programmeTitle: row.programme_title,
    }));
  }

  async listOwnedFollowUps(
    userRef: string,
    today?: string,
  ): Promise<OwnedFollowUp[]> {
    const rows: (FollowUpRow & { programme_title: string })[] =
      await this.owned(this.openFollowUps(userRef, 'f.*'), 'f', 'follow_up_on');
    return rows.map(row => ({
      ...toFollowUp(row, today),
      programmeTitle: row.programme_title,
    }));
  }

  async listProgrammesOf(userRef: string): Promise<ProgrammeWithRoles[]> {
    const key = lower(userRef);
    const rows: (ProgrammeRow & { member_role: ProgrammeRole | null })[] =
      await this.db('csip_programmes as p')
        .leftJoin('csip_programme_members as m', (join: Knex.JoinClause) =>
          join
            .on('m.programme_id', '=', 'p.id')
            .andOn(this.db.raw('LOWER(m.user_ref) = ?', [key])),
        )
        .where('p.archived', false)
        .where(either =>
          either
            .whereNotNull('m.role')
            .orWhereIn('p.id', this.openActions(userRef, 'a.programme_id'))
            .orWhereIn('p.id', this.openFollowUps(userRef, 'f.programme_id')),
        )
        .select('p.*', 'm.role as member_role')
        .orderBy([
          { column: 'p.title', order: 'asc' },
          { column: 'p.id', order: 'asc' },
        ]);
    const byId = new Map<string, ProgrammeWithRoles>();
    for (const row of rows) {
      let entry = byId.get(row.id);
      if (!entry) {
        entry = { programme: toSummary(row), roles: [] };
        byId.set(row.id, entry);
      }
      if (row.member_role && !entry.roles.includes(row.member_role)) {
        entry.roles.push(row.member_role);
      }
    }
    for (const entry of byId.values()) {
      entry.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    }
    return [...byId.values()];
  }

  /** The open and in-progress actions `userRef` owns (`a`), selecting `column`. */
  private openActions(userRef: string, column: string) {
    return this.db('csip_actions as a')
      .select(column)
      .whereRaw('LOWER(a.owner) = ?', [lower(userRef)])
      .whereIn('a.status', OPEN_STATUSES);
  }

  /** The commitments `userRef` owns without an outcome (`f`), selecting `column`. */
  private openFollowUps(userRef: string, column: string) {
    return this.db('csip_follow_ups as f')
      .select(column)
      .whereRaw('LOWER(f.owner) = ?', [lower(userRef)])
      .whereNull('f.outcome');
  }

  /**
   * `query` (over `alias`) joined with its programme, archived ones left
   * out, with the programme's title, soonest `dateColumn` first.
   */
  private owned(query: Knex.QueryBuilder, alias: string, dateColumn: string) {
    return query
      .join('csip_programmes as p', 'p.id', `${alias}.programme_id`)
      .where('p.archived', false)
      .select('p.title as programme_title')
      .orderBy([
        { column: `${alias}.${dateColumn}`, order: 'asc' },
        { column: `${alias}.id`, order: 'asc' },
      ]);
  }
}

function lower(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}
