import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Action, ActionUpdate } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { ActionStore, NewAction } from './ActionStore';
import { changedColumns, KnexStore } from './KnexStore';
import { ActionRow, toAction, toActionRow } from './rows/actionRows';

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
  const rows = actions.map(a =>
    toActionRow({
      ...a,
      id: randomUUID(),
      status: 'open',
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
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
export class DatabaseActionStore extends KnexStore implements ActionStore {
  async createAction(action: NewAction): Promise<Action> {
    const [created] = await insertActions(this.db, [action]);
    return created;
  }

  async getAction(id: string): Promise<Action | undefined> {
    const row = await this.db<ActionRow>('csip_actions').where({ id }).first();
    return row ? toAction(row) : undefined;
  }

  /** Soonest due first. */
  listActions = this.programmeList('csip_actions', toAction, [
    { column: 'due_date', order: 'asc' },
    { column: 'created_at', order: 'asc' },
    { column: 'id', order: 'asc' },
  ]);

  async updateAction(id: string, update: ActionUpdate): Promise<Action> {
    const { version, ...changes } = update;
    const patch: Partial<ActionRow> = {
      ...changedColumns(changes, {
        description: 'description',
        owner: 'owner',
        measure: 'measure',
        dueDate: 'due_date',
        status: 'status',
      }),
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
