import { randomUUID } from 'node:crypto';
import type { Closure, KpiReading } from '@csip-coach/plugin-csip-common';
import { assertUpdated, KnexStore } from './KnexStore';
import type { NewKpiReading, OutcomeStore } from './OutcomeStore';
import { KpiReadingRow, toKpiReading } from './rows/outcomeRows';

/**
 * Knex implementation of {@link OutcomeStore}.
 *
 * @internal
 */
export class DatabaseOutcomeStore extends KnexStore implements OutcomeStore {
  async recordReading(reading: NewKpiReading): Promise<KpiReading> {
    const row: KpiReadingRow = {
      id: randomUUID(),
      programme_id: reading.programmeId,
      kpi_id: reading.kpiId,
      reading_on: reading.on,
      value: reading.value,
      recorded_by: reading.recordedBy,
      recorded_at: reading.recordedAt ?? new Date().toISOString(),
    };
    await this.db<KpiReadingRow>('csip_kpi_readings').insert(row);
    return toKpiReading(row);
  }

  listReadings = this.programmeList<KpiReadingRow, KpiReading>(
    'csip_kpi_readings',
    toKpiReading,
    [
      { column: 'reading_on', order: 'asc' },
      { column: 'recorded_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ],
  );

  async close(programmeId: string, closure: Closure): Promise<void> {
    // One conditional update: of two closes at once, one finds it open.
    const updated = await this.db('csip_programmes')
      .where({ id: programmeId })
      .whereNull('closure_verdict')
      .update({
        closure_verdict: closure.verdict,
        closure_outcome: closure.outcome,
        closure_lessons: closure.lessons,
        closed_by: closure.closedBy,
        closed_at: closure.closedAt,
      });
    assertUpdated(
      updated,
      'This programme is already closed; its verdict is kept as history',
    );
  }
}
