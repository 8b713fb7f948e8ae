export { csipPlugin as default } from './plugin';
export {
  retryWhileConcurrent,
  type MigrationRetryOptions,
} from './database/applyDatabaseMigrations';
