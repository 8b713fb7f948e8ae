import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  applyDatabaseMigrations,
  MigrationRetryOptions,
} from './applyDatabaseMigrations';
import { DatabaseActionStore } from './DatabaseActionStore';
import { DatabaseAdviceStore } from './DatabaseAdviceStore';
import { DatabaseArchiveStore } from './DatabaseArchiveStore';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';
import { DatabaseFeedbackStore } from './DatabaseFeedbackStore';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import { DatabaseMembershipStore } from './DatabaseMembershipStore';
import { DatabaseMomentStore } from './DatabaseMomentStore';
import { DatabaseMyWorkStore } from './DatabaseMyWorkStore';
import { DatabaseOutcomeStore } from './DatabaseOutcomeStore';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { DatabaseProgrammeStore } from './DatabaseProgrammeStore';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import { DatabaseScopeStore } from './DatabaseScopeStore';
import { DatabaseSelfAssessmentStore } from './DatabaseSelfAssessmentStore';
import { tuneSqliteConnections } from './tuneSqliteConnections';
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
 * Constructs every store on `database`'s client, whose migrations must have
 * run: the stores never run them (only {@link createStores} does). Also
 * binds all stores to one transaction: `openStores({ getClient: async () => tx })`.
 *
 * @internal
 */
export async function openStores(database: DatabaseService) {
  const knex = await database.getClient();
  return {
    programmes: new DatabaseProgrammeStore(knex),
    decisions: new DatabaseDecisionStore(knex),
    scopes: new DatabaseScopeStore(knex),
    reviews: new DatabaseReviewStore(knex),
    actions: new DatabaseActionStore(knex),
    advice: new DatabaseAdviceStore(knex),
    handover: new DatabaseHandoverStore(knex),
    archives: new DatabaseArchiveStore(knex),
    status: new DatabaseProgrammeStatusStore(knex),
    memberships: new DatabaseMembershipStore(knex),
    moments: new DatabaseMomentStore(knex),
    outcomes: new DatabaseOutcomeStore(knex),
    feedback: new DatabaseFeedbackStore(knex),
    selfAssessments: new DatabaseSelfAssessmentStore(knex),
    myWork: new DatabaseMyWorkStore(knex),
    /** Runs a programme's writes in one transaction (see ProgrammeTransactions). */
    transactions: await ProgrammeTransactions.create({ database }),
  };
}

/**
 * Every store of the plugin on one database. The migrations run once, here
 * (unless the database service says to skip them), before any store is
 * made: this is the only place they run.
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
  tuneSqliteConnections(knex);
  return openStores({ getClient: async () => knex });
}

/** @internal */
export type Stores = Awaited<ReturnType<typeof createStores>>;
