import {
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@csip-coach/plugin-csip-backend',
  'migrations',
);

const MIGRATIONS_TABLE = 'csip_knex_migrations';

/**
 * The bookkeeping table of the Backstage scheduler's own migrations, which it
 * runs (lazily, on the first global task) in this plugin's database.
 */
const SCHEDULER_MIGRATIONS_TABLE = 'backstage_backend_tasks__knex_migrations';

/**
 * Options for waiting on other backend instances that migrate at the same time.
 *
 * @public
 */
export type MigrationRetryOptions = {
  /** How long to keep retrying while another instance migrates (default 2 minutes). */
  timeoutMs?: number;
  logger?: LoggerService;
};

const DEFAULT_TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Whether `error` is what knex's migrator gives when another backend
 * instance is migrating the same database at the same moment: knex creates
 * its bookkeeping tables with "create if missing" (two instances both create
 * them: `already exists`, or on PostgreSQL a unique violation in the system
 * catalogue), and takes its lock with `MigrationLocked` when the other
 * instance holds it. Deadlocks, serialization failures and SQLite's busy
 * database are transient too. Anything else is a real failure.
 *
 * @internal
 */
export function isConcurrentMigrationError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  if (e.name === 'MigrationLocked') return true;
  // PostgreSQL: duplicate_table, duplicate_object, unique_violation,
  // deadlock_detected, serialization_failure.
  if (
    typeof e.code === 'string' &&
    ['42P07', '42710', '23505', '40P01', '40001'].includes(e.code)
  ) {
    return true;
  }
  if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /already exists|already locked|duplicate key|UNIQUE constraint failed|database is locked/i.test(
    message,
  );
}

/**
 * knex inserts its single lock row with "insert if the table is empty"; two
 * instances doing that together leave two rows, after which knex's lock
 * (`update … set is_locked = 1 where is_locked = 0`, expecting one row) can
 * never be taken again. While there are two rows nobody can hold the lock, so
 * keeping only the first row is safe.
 */
async function repairLockRows(knex: Knex, tableName: string): Promise<void> {
  const lockTable = `${tableName}_lock`;
  try {
    if (!(await knex.schema.hasTable(lockTable))) return;
    const rows: Array<{ index: number }> = await knex(lockTable)
      .select('index')
      .orderBy('index');
    if (rows.length > 1) {
      await knex(lockTable).where('index', '>', rows[0].index).delete();
    }
  } catch {
    // The next attempt will tell.
  }
}

/**
 * Runs `step` (a knex migration call on `tableName`'s bookkeeping) and, while
 * it fails because another instance is migrating the same database, waits
 * and runs it again: knex's own lock makes the instances take turns, and the
 * one that comes second finds the migrations applied. Exported for portals
 * that run several backend instances and want the same for other plugins'
 * migrations (the demo backend's multiInstanceDatabase module does).
 *
 * @public
 */
export async function retryWhileConcurrent(
  knex: Knex,
  tableName: string,
  step: () => Promise<unknown>,
  options: MigrationRetryOptions,
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      if (attempt > 1) {
        options.logger?.info(
          `Database migrations (${tableName}) done after ${attempt} attempts; another instance was migrating too`,
        );
      }
      return;
    } catch (error) {
      if (!isConcurrentMigrationError(error) || Date.now() >= deadline) {
        throw error;
      }
      options.logger?.info(
        `Another instance is migrating the database (${tableName}); retrying: ${error}`,
      );
      await repairLockRows(knex, tableName);
      const backoff = Math.min(2000, 100 * 2 ** Math.min(attempt, 5));
      await sleep(backoff / 2 + Math.random() * backoff);
    }
  }
}

/**
 * Brings the plugin's tables up to the latest migration. Safe when several
 * backend instances start together over one database: they take turns on
 * knex's migration lock and retry (for up to `timeoutMs`) while another
 * instance creates knex's bookkeeping tables or holds the lock.
 *
 * @internal
 */
export async function applyDatabaseMigrations(
  knex: Knex,
  options: MigrationRetryOptions = {},
): Promise<void> {
  await retryWhileConcurrent(
    knex,
    MIGRATIONS_TABLE,
    () =>
      knex.migrate.latest({
        directory: migrationsDir,
        tableName: MIGRATIONS_TABLE,
      }),
    options,
  );
}

/**
 * Creates the bookkeeping tables of the Backstage scheduler's migrations
 * (which the scheduler runs with a plain `knex.migrate.latest` on its first
 * global task, and whose failure it remembers for the life of the process),
 * retrying while another instance creates them. Once they exist, knex's lock
 * makes concurrent instances take turns. Only on databases shared between
 * instances (not SQLite).
 *
 * @internal
 */
export async function prepareSchedulerMigrations(
  knex: Knex,
  options: MigrationRetryOptions = {},
): Promise<void> {
  const client = String(knex.client.config.client ?? '');
  if (client.includes('sqlite')) return;
  await retryWhileConcurrent(
    knex,
    SCHEDULER_MIGRATIONS_TABLE,
    () =>
      knex.migrate.currentVersion({ tableName: SCHEDULER_MIGRATIONS_TABLE }),
    options,
  );
}

/**
 * The name of the newest migration applied to this database, if any.
 *
 * @internal
 */
export async function getAppliedMigration(
  knex: Knex,
): Promise<string | undefined> {
  if (!(await knex.schema.hasTable(MIGRATIONS_TABLE))) {
    return undefined;
  }
  const rows = await knex(MIGRATIONS_TABLE)
    .select('name')
    .orderBy('id', 'desc')
    .limit(1);
  return rows[0]?.name;
}
