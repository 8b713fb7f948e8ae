import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  applyDatabaseMigrations,
  MigrationRetryOptions,
} from './applyDatabaseMigrations';
import { DatabaseActionStore } from './DatabaseActionStore';
import { DatabaseArchiveStore } from './DatabaseArchiveStore';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import { DatabaseMembershipStore } from './DatabaseMembershipStore';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { DatabaseProgrammeStore } from './DatabaseProgrammeStore';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import { DatabaseScopeStore } from './DatabaseScopeStore';
import { ProgrammeTransactions } from './ProgrammeTransactions';

/** Migrations already run (or running) in this process, per database client. */
const migrated = new WeakMap<Knex, Promise<void>>();

/**
 * Runs the plugin's migrations once per process and database client; safe
 * when other backend instances migrate the same database at the same time
 * (see applyDatabaseMigrations).
 *
 * @internal
 */
export async function migrateOnce(
  knex: Knex,
  options: MigrationRetryOptions = {},
): Promise<void> {
  let done = migrated.get(knex);
  if (!done) {
    done = applyDatabaseMigrations(knex, options);
    migrated.set(knex, done);
    done.catch(() => migrated.delete(knex));
  }
  await done;
}

/**
 * Constructs every store on `database`, whose migrations must have run (the
 * stores are told to skip them). Also used to bind all stores to one
 * transaction: `openStores({ getClient: async () => tx, migrations: { skip: true } })`.
 *
 * @internal
 */
export async function openStores(database: DatabaseService) {
  const programmes = await DatabaseProgrammeStore.create({ database });
  return {
    programmes,
    decisions: await DatabaseDecisionStore.create({ database }),
    scopes: await DatabaseScopeStore.create({ database }),
    reviews: await DatabaseReviewStore.create({ database }),
    actions: await DatabaseActionStore.create({ database }),
    handover: await DatabaseHandoverStore.create({ database }),
    archives: await DatabaseArchiveStore.create({ database }),
    status: await DatabaseProgrammeStatusStore.create({ database }),
    memberships: await DatabaseMembershipStore.create({ database }),
    /** Runs a programme's writes in one transaction (see ProgrammeTransactions). */
    transactions: await ProgrammeTransactions.create({ database }),
  };
}

/**
 * Every store of the plugin on one database. The migrations run once, here
 * (unless the database service says to skip them), before any store is
 * made; the stores themselves skip them.
 *
 * @internal
 */
export async function createStores(
  database: DatabaseService,
  options: MigrationRetryOptions = {},
) {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateOnce(knex, options);
  }
  return openStores({
    getClient: async () => knex,
    migrations: { skip: true },
  });
}

/** @internal */
export type Stores = Awaited<ReturnType<typeof createStores>>;
