import { NotFoundError } from '@backstage/errors';
import {
  checkSustainHistory,
  DEFAULT_REVIEW_CADENCE_DAYS,
  summariseMaturityHistory,
  type MaturityModel,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../database/createStores';
import type { ProgrammeStatus } from '../database/DatabaseProgrammeStatusStore';
import type { StoreSet } from '../database/ProgrammeTransactions';
import { sustainSince } from './CoachingSummaryService/sustainSince';
import { computeHandoverView } from './HandoverService/computeHandoverView';
import { computeScopeView } from './ScopeService/computeScopeView';

/** What a write of one programme sees: stores inside its transaction, and the programme as locked. @internal */
export type ProgrammeWrite = {
  stores: StoreSet;
  programme: Programme;
};

/**
 * A programme's derived status for the portfolio, computed from the stores
 * it is given (inside a writing transaction, the rows that transaction
 * sees). Each table is read once, and of the reviews only the history
 * summary (no review's content), so its cost does not grow with the
 * number of reviews.
 *
 * @internal
 */
export async function computeProgrammeStatus(
  stores: StoreSet,
  model: MaturityModel,
  programme: Programme,
  reviewCadenceDays: number = DEFAULT_REVIEW_CADENCE_DAYS,
): Promise<ProgrammeStatus> {
  const sources = { model, ...stores };
  // One query at a time: inside a transaction they share one connection.
  const scope = await computeScopeView(programme, stores.scopes);
  const history = await stores.reviews.getReviewHistory(programme.id);
  const handover = await computeHandoverView(programme, sources, {
    scope,
    history,
  });
  const sustain = checkSustainHistory({
    phase: programme.phase,
    sustainSince: sustainSince(
      await stores.programmes.listTransitions(programme.id),
    ),
    history,
    cadenceDays: reviewCadenceDays,
  });
  const maturity = summariseMaturityHistory({
    processes: model.processes,
    scope,
    history,
  });
  return {
    scopeStatus: scope.status,
    levels: maturity.processes
      .filter(p => p.inScope || p.level !== null)
      .map(p => ({ process: p.process, level: p.level, target: p.target })),
    score: handover.score,
    ready: handover.readiness.ready,
    blockers: handover.readiness.blockers.length,
    summitPercent: handover.summit.percent,
    summitCamp: handover.summit.camp,
    sustainDueOn: sustain.nextDueOn,
    sustainLapsed: sustain.lapsed,
    levelDrops: sustain.levelDrops.map(d => d.process),
  };
}

/**
 * Every write of a programme goes through here (Trust rules): one
 * transaction that locks the programme's row, reads the programme inside
 * it, runs the mutation on stores bound to it, and recomputes the
 * programme's portfolio status from the rows that same transaction sees.
 * Either all of it commits or none of it does.
 *
 * @internal
 */
export class ProgrammeWriter {
  constructor(
    private readonly stores: Stores,
    private readonly model: MaturityModel,
    private readonly options: {
      /** `csip.sustain.reviewCadenceDays`, for the sustain due date. */
      reviewCadenceDays?: number;
    } = {},
  ) {}

  /**
   * Runs `mutation` on the programme inside one locked transaction; with
   * `touch: false` the programme's last-change time stays as it is (a
   * status refresh that changes nothing). With `keepsProgramme` the
   * mutation changes nothing the programme is read with (its row, members
   * and latest approach; reviews, say), so the status is computed from the
   * programme as locked instead of reading it again.
   */
  async write<T>(
    programmeId: string,
    mutation: (write: ProgrammeWrite) => Promise<T>,
    options: { touch: boolean; keepsProgramme?: boolean } = { touch: true },
  ): Promise<T> {
    return this.stores.transactions.forProgramme(
      this.stores,
      programmeId,
      options,
      async stores => {
        const programme = await stores.programmes.getProgramme(programmeId);
        if (!programme) {
          throw new NotFoundError(`No programme with id '${programmeId}'`);
        }
        const result = await mutation({ stores, programme });
        await this.refreshIn(
          stores,
          programmeId,
          options.keepsProgramme ? programme : undefined,
        );
        return result;
      },
    );
  }

  /**
   * Creates a programme (`create` returns its id) and its status in one
   * transaction.
   */
  async create(create: (stores: StoreSet) => Promise<string>): Promise<string> {
    return this.stores.transactions.run(this.stores, async stores => {
      const id = await create(stores);
      await this.refreshIn(stores, id);
      return id;
    });
  }

  /**
   * Recomputes the status of several programmes in one transaction that
   * locks them all first, for the backfill: the same status each would get
   * alone (a status-only refresh touches no programme), with one commit
   * and one transaction's allocations instead of one per programme. Ids
   * with no programme are skipped. A failure rolls all of them back.
   */
  async refreshTogether(programmeIds: readonly string[]): Promise<void> {
    await this.stores.transactions.forProgrammes(
      this.stores,
      programmeIds,
      async stores => {
        for (const id of programmeIds) await this.refreshIn(stores, id);
      },
    );
  }

  private async refreshIn(
    stores: StoreSet,
    programmeId: string,
    unchanged?: Programme,
  ) {
    // Read again unless the caller says the mutation left it as it was: it
    // may have changed members or the programme.
    const programme =
      unchanged ?? (await stores.programmes.getProgramme(programmeId));
    if (!programme) return;
    await stores.status.upsert(
      programmeId,
      await computeProgrammeStatus(
        stores,
        this.model,
        programme,
        this.options.reviewCadenceDays,
      ),
    );
  }
}
