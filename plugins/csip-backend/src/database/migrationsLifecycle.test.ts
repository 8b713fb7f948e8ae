import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/** The plugin's tables, as the uninstall section of docs/install.md lists them. */
async function csipTables(knex: Knex): Promise<string[]> {
  const client = knex.client.config.client;
  const names: string[] =
    client === 'pg'
      ? (
          await knex('pg_tables')
            .where({ schemaname: knex.raw('current_schema()') })
            .select('tablename')
        ).map((row: { tablename: string }) => row.tablename)
      : (
          await knex('sqlite_master').where({ type: 'table' }).select('name')
        ).map((row: { name: string }) => row.name);
  return names.filter(name => name.startsWith('csip_')).sort();
}

describe('upgrading and uninstalling', () => {
  it.each(databases.eachSupportedId())(
    'an older release refuses a database a newer one has migrated, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      // What a newer release would have recorded.
      await knex('csip_knex_migrations').insert({
        name: '29991231000000_from_a_newer_release.js',
        batch: 99,
        migration_time: new Date(),
      });
      await expect(applyDatabaseMigrations(knex)).rejects.toThrow(
        /migration directory is corrupt.*29991231000000_from_a_newer_release\.js/,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'the down migrations remove every table the up migrations create, leaving only knex’s bookkeeping, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      // The 20 tables docs/install.md lists, and knex’s two.
      expect((await csipTables(knex)).length).toBe(27);

      // The command docs/install.md gives under "Uninstall".
      await knex.migrate.rollback(
        {
          directory: resolvePackagePath(
            '@csip-coach/plugin-csip-backend',
            'migrations',
          ),
          tableName: 'csip_knex_migrations',
        },
        true,
      );

      expect(await csipTables(knex)).toEqual([
        'csip_knex_migrations',
        'csip_knex_migrations_lock',
      ]);
      // …and the migrations can run again from nothing.
      await applyDatabaseMigrations(knex);
      // The 20 tables docs/install.md lists, and knex’s two.
      expect((await csipTables(knex)).length).toBe(27);
    },
  );
});
