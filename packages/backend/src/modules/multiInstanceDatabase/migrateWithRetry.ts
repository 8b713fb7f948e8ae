import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { retryWhileConcurrent } from '@csip-coach/plugin-csip-backend';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

const wrapped = new WeakSet<object>();

/**
 * Runs `work` while holding the PostgreSQL advisory lock `key` (in this
 * database), so that instances doing the same take turns; on other
 * databases it just runs `work`.
 */
async function inTurn(
  knex: Knex,
  client: string,
  key: string,
  work: () => Promise<void>,
): Promise<void> {
  // The lock's transaction holds a connection while `latest` needs another.
  const poolMax = (knex.client?.config?.pool as { max?: number } | undefined)
    ?.max;
  const postgres = client === 'pg' || client.includes('postgres');
  if (!postgres || (poolMax !== undefined && poolMax < 2)) {
    await work();
    return;
  }
  await knex.transaction(async lock => {
    await lock.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
    await work();
  });
}

/**
 * Makes `knex.migrate.latest` of this client wait for other backend
 * instances instead of failing: on a concurrent-migration error it waits and
 * runs `latest` again (for up to `timeoutMs`), so the instances take turns on
 * knex's own lock and the later ones find the migrations applied. Only for
 * databases that several instances share (not SQLite).
 */
export function migrateWithRetry(
  knex: Knex,
  logger: LoggerService,
  timeoutMs = 120_000,
): Knex {
  const client = String(knex.client?.config?.client ?? '');
  if (client.includes('sqlite') || wrapped.has(knex)) return knex;
  const descriptor =
    Object.getOwnPropertyDescriptor(knex, 'migrate') ??
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(knex), 'migrate');
  const getMigrator = descriptor?.get;
  if (!getMigrator || !descriptor?.configurable) return knex;
  wrapped.add(knex);
  Object.defineProperty(knex, 'migrate', {
    configurable: true,
    get() {
      const migrator = getMigrator.call(knex);
      migrator.latest = async (config?: { tableName?: string }) => {
        let result: unknown;
        const tableName = config?.tableName ?? 'knex_migrations';
        // knex lists the applied migrations before it takes its lock, and
        // lists them again after only when the batch runs in a transaction;
        // a plugin with a non-transactional migration (the catalog has some)
        // could then run, after another instance finished, migrations that
        // instance had just applied. A PostgreSQL advisory lock held around
        // the whole of `latest` makes the instances take turns from the
        // listing on; it is released with the transaction that holds it.
        await inTurn(knex, client, `knex-migrate:${tableName}`, () =>
          retryWhileConcurrent(
            knex,
            tableName,
            async () => {
              // A fresh migrator each time: it lists what is applied anew.
              result = await getMigrator.call(knex).latest(config);
            },
            { logger, timeoutMs },
          ),
        );
        return result;
      };
      return migrator;
    },
  });
  return knex;
}
