import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  isOverdue,
  type Action,
  type ActionUpdate,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { ActionStore, NewAction } from './ActionStore';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';

type ActionRow = {
  id: string;
  programme_id: string;
  description: string;
  owner: string;
  measure: string;
  due_date: string;
  status: Action['status'];
  source_type: Action['source']['type'];
  source_review_id: string | null;
  source_process: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
};

function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    programmeId: row.programme_id,
    description: row.description,
    owner: row.owner,
    measure: row.measure,
    dueDate: row.due_date,
    status: row.status,
    source: {
      type: row.source_type,
      ...(row.source_review_id && { reviewId: row.source_review_id }),
      ...(row.source_process && { process: row.source_process }),
    },
    overdue: isOverdue({ dueDate: row.due_date, status: row.status }),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Inserts new open actions inside the caller's transaction, so that a
 * review's agreed actions land in the register together with the review.
 *
 * @internal
 */
export async function insertActions(
  db: Knex | Knex.Transaction,
  actions: NewAction[],
): Promise<Action[]> {
  const now = new Date().toISOString();
  const rows: ActionRow[] = actions.map(a => ({
    id: randomUUID(),
    programme_id: a.programmeId,
    description: a.description,
    owner: a.owner,
    measure: a.measure,
    due_date: a.dueDate,
    status: 'open',
    source_type: a.source.type,
    source_review_id: a.source.reviewId ?? null,
    source_process: a.source.process ?? null,
    version: 1,
    created_by: a.createdBy,
    created_at: now,
    updated_at: now,
  }));
  if (rows.length) {
    await db<ActionRow>('csip_actions').insert(rows);
  }
  return rows.map(toAction);
}

/**
 * Knex implementation of {@link ActionStore}.
 *
 * @internal
 */
export class DatabaseActionStore implements ActionStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseActionStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseActionStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseActionStore {
    return new DatabaseActionStore(tx);
  }

  async createAction(action: NewAction): Promise<Action> {
    const [created] = await insertActions(this.db, [action]);
    return created;
  }

  async getAction(id: string): Promise<Action | undefined> {
    const row = await this.db<ActionRow>('csip_actions').where({ id }).first();
    return row ? toAction(row) : undefined;
  }

  async listActions(programmeId: string): Promise<Action[]> {
    const rows = await this.db<ActionRow>('csip_actions')
      .where({ programme_id: programmeId })
      .orderBy([
        { column: 'due_date', order: 'asc' },
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toAction);
  }

  async updateAction(id: string, update: ActionUpdate): Promise<Action> {
    const { version, ...changes } = update;
    const patch: Partial<ActionRow> = {
      ...(changes.description !== undefined && {
        description: changes.description,
      }),
      ...(changes.owner !== undefined && { owner: changes.owner }),
      ...(changes.measure !== undefined && { measure: changes.measure }),
      ...(changes.dueDate !== undefined && { due_date: changes.dueDate }),
      ...(changes.status !== undefined && { status: changes.status }),
      version: version + 1,
      updated_at: new Date().toISOString(),
    };
    const updated = await this.db<ActionRow>('csip_actions')
      .where({ id, version })
      .update(patch);
    if (updated === 0) {
      const current = await this.db<ActionRow>('csip_actions')
        .where({ id })
        .first('version');
      if (!current) throw new NotFoundError(`No action with id '${id}'`);
      throw new ConflictError(
        `The action was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`,
      );
    }
    return (await this.getAction(id))!;
  }
}
