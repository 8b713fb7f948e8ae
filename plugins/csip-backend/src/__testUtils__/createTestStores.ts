import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createStores } from '../database/createStores';

/**
 * Every store of the plugin on a fresh test database, made as the plugin
 * makes them: through `createStores`, which runs the migrations once.
 */
export async function createTestStores(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  const stores = await createStores(mockServices.database({ knex }));
  return { knex, ...stores };
}
