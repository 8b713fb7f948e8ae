import { NotFoundError } from '@backstage/errors';
import type { MaturityModel, Programme } from '@csip-coach/plugin-csip-common';
import type { Stores } from '../database/createStores';
import type { StoreSet } from '../database/ProgrammeTransactions';
import {
  computeProgrammeStatus,
  computeProgrammeStatuses,
} from './computeProgrammeStatus';

/** What a write of one programme sees: stores inside its transaction, and the programme as locked. @internal */
export type ProgrammeWrite = {
  stores: StoreSet;
  programme: Programme;
};

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
   * alone (a status-only refresh touches no programme), with one commit,
   * one transaction's allocations and each table read once for all of them
   * ({@link computeProgrammeStatuses}) instead of per programme. Ids with
   * no programme are skipped. A failure rolls all of them back.
   */
  async refreshTogether(programmeIds: readonly string[]): Promise<void> {
    await this.stores.transactions.forProgrammes(
      this.stores,
      programmeIds,
      async stores => {
        const statuses = await computeProgrammeStatuses(
          stores,
          this.model,
          programmeIds,
          this.options.reviewCadenceDays,
        );
        for (const [id, status] of statuses) {
          await stores.status.upsert(id, status);
        }
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
