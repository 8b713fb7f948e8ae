import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';

/**
 * The PostgreSQL rights docs/install.md (step 2) asks for, checked with
 * Backstage's own DatabaseManager as a portal's backend uses it: a role
 * without superuser, in both plugin division modes. Runs where PostgreSQL
 * is configured (BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, a
 * superuser that can create roles), as in CI.
 */
const adminUrl =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
// Like createTestDatabases: skipped only on a developer's machine without
// PostgreSQL; in CI (or with CSIP_REQUIRE_POSTGRES=1) a missing one fails.
if (!adminUrl && (process.env.CI || process.env.CSIP_REQUIRE_POSTGRES)) {
  throw new Error(
    'PostgreSQL 15 was expected (CI or CSIP_REQUIRE_POSTGRES is set): set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
  );
}
const describeWithPostgres = adminUrl ? describe : describe.skip;

jest.setTimeout(60_000);

describeWithPostgres('PostgreSQL rights from the install guide', () => {
  const suffix = randomBytes(4).toString('hex');
  const role = `csip_rights_${suffix}`;
  const password = `pw_${suffix}`;
  const prefix = `csip_rights_${suffix}_`;
  const sharedDatabase = `csip_rights_shared_${suffix}`;
  let admin: Knex;
  const clients: Knex[] = [];

  beforeAll(async () => {
    admin = knexFactory({ client: 'pg', connection: adminUrl });
    await admin.raw(`CREATE ROLE ?? LOGIN PASSWORD '${password}'`, [role]);
  });

  afterAll(async () => {
    await Promise.all(clients.map(client => client.destroy()));
    for (const database of [`${prefix}csip`, sharedDatabase]) {
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [database]);
    }
    await admin.raw('DROP ROLE IF EXISTS ??', [role]);
    await admin.destroy();
  });

  /** The csip plugin's database, as the backend would get it, migrated. */
  async function startPlugin(database: Record<string, unknown>) {
    const { hostname: host, port } = new URL(adminUrl!);
    const manager = DatabaseManager.fromConfig(
      mockServices.rootConfig({
        data: {
          backend: {
            database: {
              client: 'pg',
              connection: {
                host,
                port: Number(port || 5432),
                user: role,
                password,
              },
              ...database,
            },
          },
        },
      }),
    );
    const knex = await manager
      .forPlugin('csip', {
        logger: mockServices.logger.mock(),
        lifecycle: mockServices.lifecycle.mock(),
      })
      .getClient();
    clients.push(knex);
    await applyDatabaseMigrations(knex);
    return knex;
  }

  it('division mode database: without CREATEDB the plugin cannot start; with it, it creates <prefix>csip', async () => {
    await expect(startPlugin({ prefix })).rejects.toThrow(
      /permission denied to create database/,
    );
    await admin.raw('ALTER ROLE ?? CREATEDB', [role]);
    const knex = await startPlugin({ prefix });
    expect(await knex.schema.hasTable('csip_programmes')).toBe(true);
    await admin.raw('ALTER ROLE ?? NOCREATEDB', [role]);
  });

  it('division mode database: a database created beforehand and owned by the role is enough', async () => {
    await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [
      `${prefix}csip`,
    ]);
    await admin.raw('CREATE DATABASE ?? OWNER ??', [`${prefix}csip`, role]);
    const knex = await startPlugin({ prefix });
    expect(await knex.schema.hasTable('csip_programmes')).toBe(true);
  });

  it('division mode schema: CREATE on the shared database is needed and enough', async () => {
    await admin.raw('CREATE DATABASE ??', [sharedDatabase]);
    const { hostname: host, port } = new URL(adminUrl!);
    const schemaMode = {
      pluginDivisionMode: 'schema',
      connection: {
        host,
        port: Number(port || 5432),
        user: role,
        password,
        database: sharedDatabase,
      },
    };
    await expect(startPlugin(schemaMode)).rejects.toThrow(
      /permission denied for database/,
    );
    await admin.raw('GRANT CREATE ON DATABASE ?? TO ??', [
      sharedDatabase,
      role,
    ]);
    const knex = await startPlugin(schemaMode);
    expect(
      await knex.schema.withSchema('csip').hasTable('csip_programmes'),
    ).toBe(true);
  });
});
