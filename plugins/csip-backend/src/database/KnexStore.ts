import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

/** How a list is ordered: its columns, each with its direction. @internal */
export type ListOrder = { column: string; order: 'asc' | 'desc' }[];

/**
 * What every store of the plugin is: queries on a knex client or on a
 * transaction, and the same store bound to another transaction. The
 * migrations are not a store's business: `createStores` runs them once,
 * before any store is made.
 *
 * @internal
 */
export abstract class KnexStore {
  constructor(protected readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): this {
    const Store = this.constructor as new (db: Knex) => this;
    return new Store(tx);
  }

  /**
   * Runs `fn` in the store's transaction when it is bound to one (a
   * programme's write), or else in a new one. Not nested as a savepoint:
   * an error inside fails the whole write anyway, and each knex savepoint
   * costs two statements and a full transactor object.
   */
  protected inTransaction<T>(
    fn: (tx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    return this.db.isTransaction
      ? fn(this.db as Knex.Transaction)
      : this.db.transaction(fn);
  }

  /**
   * A list query: the rows of `table` that belong to one programme, in
   * `order`, each made an item by `toItem`.
   */
  protected programmeList<Row extends {}, T>(
    table: string,
    toItem: (row: Row) => T,
    order: ListOrder,
  ): (programmeId: string) => Promise<T[]> {
    return async programmeId =>
      (await this.programmeRows<Row>(table, programmeId, order)).map(row =>
        toItem(row),
      );
  }

  /**
   * {@link KnexStore.programmeList} for several programmes in one query:
   * each programme's items (none when it has none), in `order`.
   */
  protected programmeListsOf<Row extends { programme_id: string }, T>(
    table: string,
    toItem: (row: Row) => T,
    order: ListOrder,
  ): (programmeIds: readonly string[]) => Promise<Map<string, T[]>> {
    return async programmeIds => {
      const lists = new Map<string, T[]>(programmeIds.map(id => [id, []]));
      if (programmeIds.length === 0) return lists;
      const rows = (await this.db(table)
        .whereIn('programme_id', programmeIds)
        .orderBy(order)) as Row[];
      for (const row of rows) lists.get(row.programme_id)?.push(toItem(row));
      return lists;
    };
  }

  /** The rows of `table` that belong to one programme, in `order`. */
  protected async programmeRows<Row extends {}>(
    table: string,
    programmeId: string,
    order: ListOrder,
  ): Promise<Row[]> {
    return (await this.db(table)
      .where({ programme_id: programmeId })
      .orderBy(order)) as Row[];
  }
}

/**
 * Throws a {@link @backstage/errors#ConflictError} with `message` where an
 * optimistic update (one that names the version it read) changed no row.
 *
 * @internal
 */
export function assertUpdated(updated: number, message: string): void {
  if (updated === 0) {
    throw new ConflictError(message);
  }
}

/**
 * Runs an insert that a unique index guards; its failure is someone else's
 * write winning the race: a {@link @backstage/errors#ConflictError} with
 * `message` and the database error as its cause.
 *
 * @internal
 */
export async function insertOrConflict(
  insert: PromiseLike<unknown>,
  message: string,
): Promise<void> {
  try {
    await insert;
  } catch (error) {
    throw new ConflictError(message, error as Error);
  }
}

/**
 * The columns of a partial update: each field of `changes` that is set,
 * under the column `columns` names for it; unset fields stay as they are.
 *
 * @internal
 */
export function changedColumns<T extends object>(
  changes: T,
  columns: { [K in keyof T]?: string },
): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(columns) as (keyof T & string)[])
      .filter(field => changes[field] !== undefined)
      .map(field => [columns[field], changes[field]]),
  );
}
