import type { Knex } from 'knex';

/** The part of a better-sqlite3 `Database` this module touches. */
interface SqliteConnection {
  prepare(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  readonly memory: boolean;
  readonly readonly: boolean;
}

interface QueryObject {
  options?: { safeIntegers?: unknown };
}

/** Clients whose queries are wrapped, and connections that keep statements. */
const tuned = new WeakSet<object>();
/** Connections running a query that needs a statement of its own. */
const ownStatement = new WeakSet<object>();
/** Connections in their final journal mode (WAL, or one they keep). */
const journalSet = new WeakSet<object>();

/**
 * On better-sqlite3, sets up each connection of `knex` the first time it
 * runs a query; on any other client it does nothing.
 *
 * - **Write-ahead log, synchronous FULL.** In SQLite's default rollback
 *   journal every commit writes and syncs a journal, syncs the database and
 *   deletes the journal: 4.4 ms a commit inside a publish on the bench
 *   machine. With the write-ahead log a commit appends to the log and
 *   syncs it once (1.4 ms there), readers do not block the
 *   writer, and FULL keeps every commit durable through a power cut too
 *   (better-sqlite3 would otherwise default to NORMAL in WAL mode). An
 *   in-memory or read-only database keeps its mode.
 * - **Statement reuse.** knex prepares a new statement for every query and
 *   drops it at once. Each statement holds native memory that is freed only
 *   when V8 finalizes its small JavaScript wrapper, which it is in no hurry
 *   to do, so bulk work (the start-up status backfill, a large import) grew
 *   the process (RSS after the backfill of 10,000 status rows: 835 MB
 *   before, 698 MB after, on one seeded database), and every query paid
 *   SQLite's parse and plan again. The plugin's queries are a few hundred
 *   distinct SQL texts (values are bound), so each connection keeps its
 *   last `statements` statements and hands them out again for the same SQL.
 *   That is safe because knex runs a statement to the end synchronously
 *   (`all` or `run`) before it returns, so a statement is never handed out
 *   while another query is stepping it, and SQLite re-prepares a kept
 *   statement by itself when the schema changes. A query that sets
 *   `safeIntegers` gets a statement of its own, since that setting would
 *   stay on the statement for every later user.
 *
 * @internal
 */
export function tuneSqliteConnections(
  knex: Knex,
  options: { statements?: number } = {},
): void {
  const size = options.statements ?? 500;
  const client = knex.client as {
    driverName?: string;
    _query?: (connection: unknown, obj: unknown) => Promise<unknown>;
  };
  if (client.driverName !== 'better-sqlite3' || tuned.has(client)) return;
  tuned.add(client);
  const query = client._query!.bind(client);
  client._query = (connection, obj) => {
    if (!connection) return query(connection, obj);
    if (!tuned.has(connection as object)) {
      keepStatements(connection as SqliteConnection, size);
    }
    if (!journalSet.has(connection as object)) {
      writeAheadLog(connection as SqliteConnection);
    }
    if (typeof (obj as QueryObject)?.options?.safeIntegers !== 'boolean') {
      return query(connection, obj);
    }
    // knex prepares before its first await, so the flag covers exactly
    // this query's statement.
    ownStatement.add(connection as object);
    try {
      return query(connection, obj);
    } finally {
      ownStatement.delete(connection as object);
    }
  };
}

function writeAheadLog(connection: SqliteConnection) {
  if (connection.memory || connection.readonly) {
    journalSet.add(connection);
    return;
  }
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    journalSet.add(connection);
  } catch {
    // Inside a transaction, or another connection holds a lock: the mode
    // cannot change now; the connection's next query tries again.
  }
}

const SAVEPOINT = /^(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) /i;

function keepStatements(connection: SqliteConnection, size: number) {
  tuned.add(connection);
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    // knex names each savepoint anew (trx1, trx2, …): such a statement is
    // never asked for again and would only push out the ones that are.
    if (ownStatement.has(connection) || SAVEPOINT.test(sql)) {
      return prepare(sql);
    }
    let statement = kept.get(sql);
    if (statement !== undefined) {
      // Most recently used last, so the first key is the one to drop.
      kept.delete(sql);
    } else {
      statement = prepare(sql);
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return statement;
  };
}
