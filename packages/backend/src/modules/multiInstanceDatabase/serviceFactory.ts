import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import { ConfigReader } from '@backstage/config';
import { migrateWithRetry } from './migrateWithRetry';

/**
 * The default database service (as `@backstage/backend-defaults` makes it),
 * except that every plugin's `knex.migrate.latest` waits for other backend
 * instances migrating the same PostgreSQL database instead of failing. Knex
 * gives up at once when another instance holds its migration lock outside a
 * transaction (the catalog's migrations run that way), so without this one of
 * two instances started together fails to start the catalog.
 */
export const multiInstanceDatabaseServiceFactory = createServiceFactory({
  service: coreServices.database,
  deps: {
    config: coreServices.rootConfig,
    lifecycle: coreServices.lifecycle,
    logger: coreServices.logger,
    pluginMetadata: coreServices.pluginMetadata,
    rootLifecycle: coreServices.rootLifecycle,
    rootLogger: coreServices.rootLogger,
  },
  async createRootContext({ config, rootLifecycle, rootLogger }) {
    return DatabaseManager.fromConfig(
      config.getOptional('backend.database')
        ? config
        : new ConfigReader({
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
          }),
      { rootLifecycle, rootLogger },
    );
  },
  async factory({ pluginMetadata, lifecycle, logger }, manager) {
    const database = manager.forPlugin(pluginMetadata.getId(), {
      lifecycle,
      logger,
    });
    return {
      ...database,
      getClient: async () =>
        migrateWithRetry(await database.getClient(), logger),
    };
  },
});
