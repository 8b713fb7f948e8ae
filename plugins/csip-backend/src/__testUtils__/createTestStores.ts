import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createStores } from '../database/createStores';
import type { NewProgramme } from '../database/ProgrammeStore';

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

/** A programme as the stores take it: "A", owned by ops, no members. */
export function newProgramme(fields: Partial<NewProgramme> = {}): NewProgramme {
  return {
    title: 'A',
    vision: '',
    driver: 'operational',
    businessDrivers: [],
    ownerRef: 'group:default/ops',
    members: [],
    createdBy: 'user:default/alex',
    ...fields,
  };
}
