import { DatabaseService } from '@backstage/backend-plugin-api';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';

/** A programme's derived status, as the portfolio lists it. @internal */
export type ProgrammeStatus = NonNullable<ProgrammeSummary['status']>;

/**
 * Keeps each programme's derived status (scope status, levels vs targets,
 * knowledge-transfer score, readiness, summit) so that the portfolio can
 * filter and sort on it in SQL.
 *
 * @internal
 */
export class DatabaseProgrammeStatusStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseProgrammeStatusStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseProgrammeStatusStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseProgrammeStatusStore {
    return new DatabaseProgrammeStatusStore(tx);
  }

  async upsert(programmeId: string, status: ProgrammeStatus): Promise<void> {
    const row = {
      programme_id: programmeId,
      scope_status: status.scopeStatus,
      levels: JSON.stringify(status.levels),
      score: status.score,
      ready: status.ready,
      blockers: status.blockers,
      summit_percent: status.summitPercent,
      summit_camp: status.summitCamp,
      refreshed_at: new Date().toISOString(),
    };
    await this.db('csip_programme_status')
      .insert(row)
      .onConflict('programme_id')
      .merge();
  }
}
