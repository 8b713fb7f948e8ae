import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { KnexStore } from './KnexStore';

/** A programme's derived status, as the portfolio lists it. @internal */
export type ProgrammeStatus = NonNullable<ProgrammeSummary['status']>;

/** The day as the portfolio counts overdue actions: YYYY-MM-DD, UTC. */
function isoDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** The approach of the programme's latest decision, as a subquery. */
function latestApproachOf(db: Knex, programmeId: string | Knex.Raw) {
  return db('csip_approach_decisions as d')
    .select('d.approach')
    .where('d.programme_id', programmeId)
    .orderBy('d.seq', 'desc')
    .limit(1);
}

/** How many open actions of the programme were due before `today`. */
function overdueCountOf(
  db: Knex,
  programmeId: string | Knex.Raw,
  today: string,
) {
  return db('csip_actions as a')
    .count('*')
    .where('a.programme_id', programmeId)
    .whereIn('a.status', ['open', 'in-progress'])
    .where('a.due_date', '<', today);
}

/**
 * Keeps each programme's derived status (scope status, levels vs targets,
 * knowledge-transfer score, readiness, summit, sustain due date, level
 * drops, the latest approach and the overdue actions) so that the
 * portfolio can filter, sort and page on it in SQL, with an index for
 * each. Whether the sustain cadence has lapsed depends on the day, so it is
 * not stored but derived where a row becomes a summary; the overdue count
 * depends on the day too, so it is stored with the day it was counted for
 * and recounted for every row when the day turns ({@link
 * DatabaseProgrammeStatusStore.recountOverdue}).
 *
 * @internal
 */
export class DatabaseProgrammeStatusStore extends KnexStore {
  /**
   * Writes the programme's status; the latest approach and the overdue
   * count are read by the same statement, inside the caller's transaction.
   */
  async upsert(
    programmeId: string,
    status: ProgrammeStatus,
    now: Date = new Date(),
  ): Promise<void> {
    const today = isoDay(now);
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
      approach: latestApproachOf(this.db, programmeId),
      overdue_actions: overdueCountOf(this.db, programmeId, today),
      overdue_on: today,
      refreshed_at: now.toISOString(),
    };
    await this.db('csip_programme_status')
      .insert(row)
      .onConflict('programme_id')
      .merge();
  }

  /**
   * Recounts the overdue actions of every status row counted before
   * `today`, in one statement; cheap when there is none (an index probe),
   * so the portfolio calls it before each read and the count is never a
   * day old. Safe to run on several instances at once.
   *
   * @returns how many rows it recounted
   */
  async recountOverdue(today: string = isoDay()): Promise<number> {
    const stale = await this.db('csip_programme_status')
      .where('overdue_on', '<', today)
      .orWhereNull('overdue_on')
      .first('programme_id');
    if (!stale) return 0;
    return this.db('csip_programme_status')
      .where(q => q.where('overdue_on', '<', today).orWhereNull('overdue_on'))
      .update({
        overdue_actions: overdueCountOf(
          this.db,
          this.db.raw('??', ['csip_programme_status.programme_id']),
          today,
        ),
        overdue_on: today,
      });
  }
}
