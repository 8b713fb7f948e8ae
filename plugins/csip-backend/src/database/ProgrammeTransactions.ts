import { DatabaseService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { DatabaseActionStore } from './DatabaseActionStore';
import { DatabaseAdviceStore } from './DatabaseAdviceStore';
import { DatabaseArchiveStore } from './DatabaseArchiveStore';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';
import { DatabaseFeedbackStore } from './DatabaseFeedbackStore';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import { DatabaseMembershipStore } from './DatabaseMembershipStore';
import { DatabaseMomentStore } from './DatabaseMomentStore';
import { DatabaseOutcomeStore } from './DatabaseOutcomeStore';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { DatabaseProgrammeStore } from './DatabaseProgrammeStore';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import { DatabaseScopeStore } from './DatabaseScopeStore';
import { DatabaseSelfAssessmentStore } from './DatabaseSelfAssessmentStore';

/**
 * Every store of the plugin, each able to bind itself to a transaction.
 *
 * @internal
 */
export type StoreSet = {
  programmes: DatabaseProgrammeStore;
  memberships: DatabaseMembershipStore;
  moments: DatabaseMomentStore;
  outcomes: DatabaseOutcomeStore;
  feedback: DatabaseFeedbackStore;
  decisions: DatabaseDecisionStore;
  scopes: DatabaseScopeStore;
  reviews: DatabaseReviewStore;
  actions: DatabaseActionStore;
  advice: DatabaseAdviceStore;
  handover: DatabaseHandoverStore;
  archives: DatabaseArchiveStore;
  status: DatabaseProgrammeStatusStore;
  selfAssessments: DatabaseSelfAssessmentStore;
};

/** The same stores, reading and writing inside `tx`. */
function bind(stores: StoreSet, tx: Knex.Transaction): StoreSet {
  return {
    programmes: stores.programmes.withTransaction(tx),
    memberships: stores.memberships.withTransaction(tx),
    moments: stores.moments.withTransaction(tx),
    outcomes: stores.outcomes.withTransaction(tx),
    feedback: stores.feedback.withTransaction(tx),
    decisions: stores.decisions.withTransaction(tx),
    scopes: stores.scopes.withTransaction(tx),
    reviews: stores.reviews.withTransaction(tx),
    actions: stores.actions.withTransaction(tx),
    advice: stores.advice.withTransaction(tx),
    handover: stores.handover.withTransaction(tx),
    archives: stores.archives.withTransaction(tx),
    status: stores.status.withTransaction(tx),
    selfAssessments: stores.selfAssessments.withTransaction(tx),
  };
}

/**
 * Runs the writes of one programme in one database transaction, with the
 * programme's row locked first. On PostgreSQL the row lock makes writers of
 * the same programme take turns (SQLite has one writer at a time anyway), so
 * whatever a writer reads inside the transaction — the members it checks
 * roles against, the current scope version, the draft it publishes — is
 * still true when it commits.
 *
 * @internal
 */
export class ProgrammeTransactions {
  static async create(options: {
    database: DatabaseService;
  }): Promise<ProgrammeTransactions> {
    return new ProgrammeTransactions(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  /** Runs `fn` in one transaction with every store bound to it. */
  async run<T>(
    stores: StoreSet,
    fn: (stores: StoreSet) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(tx => fn(bind(stores, tx)));
  }

  /**
   * Runs `fn` in one transaction after locking the rows of `programmeIds`
   * without touching them (their `updated_at` stays as it is): for work
   * that changes no programme but must see each one unchanged while it
   * runs, such as the status backfill. Ids with no programme lock
   * nothing; `fn` is the one to skip them.
   */
  async forProgrammes<T>(
    stores: StoreSet,
    programmeIds: readonly string[],
    fn: (stores: StoreSet) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async tx => {
      if (programmeIds.length > 0) {
        await tx('csip_programmes')
          .whereIn('id', programmeIds)
          .update({ updated_at: tx.ref('updated_at') });
      }
      return fn(bind(stores, tx));
    });
  }

  /**
   * Runs `fn` in one transaction after locking the programme's row; with
   * `touch` the programme's `updated_at` becomes now (its last change, which
   * the status backfill compares against). NotFoundError when it does not
   * exist.
   */
  async forProgramme<T>(
    stores: StoreSet,
    programmeId: string,
    options: { touch: boolean },
    fn: (stores: StoreSet) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async tx => {
      const locked = await tx('csip_programmes')
        .where({ id: programmeId })
        .update({
          updated_at: options.touch
            ? new Date().toISOString()
            : tx.ref('updated_at'),
        });
      if (locked === 0) {
        throw new NotFoundError(`No programme with id '${programmeId}'`);
      }
      return fn(bind(stores, tx));
    });
  }
}
