import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The engines every store test runs on: the embedded SQLite default and the
 * production PostgreSQL. PostgreSQL comes from
 * `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING`; when it is missing,
 * `TestDatabases` silently drops it, so in CI (or with
 * `CSIP_REQUIRE_POSTGRES=1`) this fails loudly instead.
 */
export function createTestDatabases(): TestDatabases {
  const ids: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];
  const databases = TestDatabases.create({ ids });
  const required = process.env.CI || process.env.CSIP_REQUIRE_POSTGRES;
  if (required && !databases.supports('POSTGRES_15')) {
    throw new Error(
      'PostgreSQL 15 was expected (CI or CSIP_REQUIRE_POSTGRES is set) but is not available: ' +
        'set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and BACKSTAGE_TEST_DISABLE_DOCKER=1',
    );
  }
  return databases;
}
