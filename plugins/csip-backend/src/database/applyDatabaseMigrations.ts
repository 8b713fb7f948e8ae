import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@csip-coach/plugin-csip-backend',
  'migrations',
);

const MIGRATIONS_TABLE = 'csip_knex_migrations';

/**
 * Brings the plugin's tables up to the latest migration.
 *
 * @internal
 */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: MIGRATIONS_TABLE,
  });
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
