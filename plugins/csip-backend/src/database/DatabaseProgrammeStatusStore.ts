import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import { KnexStore } from './KnexStore';

/** A programme's derived status, as the portfolio lists it. @internal */
export type ProgrammeStatus = NonNullable<ProgrammeSummary['status']>;

/**
 * Keeps each programme's derived status (scope status, levels vs targets,
 * knowledge-transfer score, readiness, summit, sustain due date, level
 * drops) so that the portfolio can filter and sort on it in SQL. Whether
 * the sustain cadence has lapsed depends on the day, so it is not stored
 * but derived where a row becomes a summary.
 *
 * @internal
 */
export class DatabaseProgrammeStatusStore extends KnexStore {
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
      sustain_due_on: status.sustainDueOn,
      level_drops: JSON.stringify(status.levelDrops),
      refreshed_at: new Date().toISOString(),
    };
    await this.db('csip_programme_status')
      .insert(row)
      .onConflict('programme_id')
      .merge();
  }
}
