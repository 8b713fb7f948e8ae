import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { retryWhileConcurrent } from '@csip-coach/plugin-csip-backend';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

const wrapped = new WeakSet<object>();

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
        await retryWhileConcurrent(
          knex,
          config?.tableName ?? 'knex_migrations',
          async () => {
            // A fresh migrator each time: it lists what is applied anew.
            result = await getMigrator.call(knex).latest(config);
          },
          { logger, timeoutMs },
        );
        return result;
      };
      return migrator;
    },
  });
  return knex;
}
