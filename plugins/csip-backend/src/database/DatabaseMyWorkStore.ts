import {
  programmeRoleSchema,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { KnexStore } from './KnexStore';
import type {
  MyWorkStore,
  OwnedAction,
  ProgrammeWithRoles,
} from './MyWorkStore';
import { ActionRow, toAction } from './rows/actionRows';
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
    const rows: (ActionRow & { programme_title: string })[] = await this.db(
      'csip_actions as a',
    )
      .join('csip_programmes as p', 'p.id', 'a.programme_id')
      .where('p.archived', false)
      .whereRaw('LOWER(a.owner) = ?', [lower(userRef)])
      .whereIn('a.status', OPEN_STATUSES)
      .select('a.*', 'p.title as programme_title')
      .orderBy([
        { column: 'a.due_date', order: 'asc' },
        { column: 'a.id', order: 'asc' },
      ]);
    return rows.map(row => ({
      ...toAction(row),
      programmeTitle: row.programme_title,
    }));
  }

  async listProgrammesOf(userRef: string): Promise<ProgrammeWithRoles[]> {
    const key = lower(userRef);
    const ownsAction = this.db('csip_actions as a')
      .select('a.programme_id')
      .whereRaw('LOWER(a.owner) = ?', [key])
      .whereIn('a.status', OPEN_STATUSES);
    const rows: (ProgrammeRow & { member_role: ProgrammeRole | null })[] =
      await this.db('csip_programmes as p')
        .leftJoin('csip_programme_members as m', (join: Knex.JoinClause) =>
          join
            .on('m.programme_id', '=', 'p.id')
            .andOn(this.db.raw('LOWER(m.user_ref) = ?', [key])),
        )
        .where('p.archived', false)
        .where(either =>
          either.whereNotNull('m.role').orWhereIn('p.id', ownsAction),
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
}

function lower(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}
