import { Knex } from 'knex';

/**
 * How many rows one insert statement takes, and how many values it binds.
 *
 * @internal
 */
export type InsertBatchLimits = {
  /** Rows per statement at most. */
  rows: number;
  /** Bound values (rows times columns) per statement at most. */
  bindings: number;
};

/**
 * Limits that are safe on every engine the plugin runs on. On SQLite knex
 * writes a multi-row insert as one compound `SELECT … UNION ALL SELECT …`,
 * which takes at most 500 terms (`SQLITE_MAX_COMPOUND_SELECT`), and a
 * statement binds at most 999 values on builds before SQLite 3.32 (32766
 * after); PostgreSQL binds at most 65535. 100 rows and 900 values stay well
 * inside all of them, and still write a few thousand rows in tens of
 * statements.
 *
 * @internal
 */
export const DEFAULT_INSERT_BATCH_LIMITS: InsertBatchLimits = Object.freeze({
  rows: 100,
  bindings: 900,
});

/**
 * Splits rows into consecutive batches, in their order, each within
 * `limits`: at most `limits.rows` rows, and at most `limits.bindings` bound
 * values, counted as the batch's rows times the columns any of them sets
 * (knex binds every column of the batch for every row). A single row with
 * more columns than `limits.bindings` is a batch of its own. Rows are taken
 * from `rows` as the batches are, so a generator of rows is never held whole.
 *
 * @internal
 */
export function* insertBatches<T extends object>(
  rows: Iterable<T>,
  limits: InsertBatchLimits = DEFAULT_INSERT_BATCH_LIMITS,
): Generator<T[], void, undefined> {
  const maxRows = Math.max(1, Math.floor(limits.rows));
  let batch: T[] = [];
  let columns = new Set<string>();
  for (const row of rows) {
    const withRow = new Set(columns);
    for (const key of Object.keys(row)) withRow.add(key);
    const fits =
      batch.length < maxRows &&
      withRow.size * (batch.length + 1) <= limits.bindings;
    if (batch.length > 0 && !fits) {
      yield batch;
      batch = [];
      columns = new Set(Object.keys(row));
    } else {
      columns = withRow;
    }
    batch.push(row);
  }
  if (batch.length > 0) yield batch;
}

/**
 * Inserts rows into a table in as few statements as the engines allow
 * ({@link insertBatches}), one after another, in their order: inside a
 * transaction, either all of them are written or none. Nothing happens
 * for no rows. `rows` may be a generator that makes each row as it is
 * needed: then no more than one statement's rows are held at a time.
 *
 * @returns how many statements it ran
 * @internal
 */
export async function insertInBatches(
  db: Knex | Knex.Transaction,
  table: string,
  rows: Iterable<object>,
  limits: InsertBatchLimits = DEFAULT_INSERT_BATCH_LIMITS,
): Promise<number> {
  let statements = 0;
  // One at a time: a transaction has one connection.
  for (const batch of insertBatches(rows, limits)) {
    await db(table).insert(batch);
    statements += 1;
  }
  return statements;
}
