/**
 * CSIP Coach backend plugin.
 *
 * The default export is the backend plugin (`pluginId: csip`), serving the
 * HTTP API at `/api/csip` on SQLite or PostgreSQL. Portals that run several
 * backend instances over one database can use `retryWhileConcurrent` for
 * other plugins' migrations too.
 *
 * @packageDocumentation
 */

export { csipPlugin as default } from './plugin';
export {
  retryWhileConcurrent,
  type MigrationRetryOptions,
} from './database/applyDatabaseMigrations';
