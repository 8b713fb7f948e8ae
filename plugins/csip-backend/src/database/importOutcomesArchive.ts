import { randomUUID } from 'node:crypto';
import type { ArchivedOutcomes } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { insertInBatches } from './insertInBatches';
import type { KpiReadingRow } from './rows/outcomeRows';

/**
 * Writes an archive's outcomes into the importing transaction: the KPI
 * readings (who recorded them and when, as they were) and the closure, on
 * the new programme's row.
 *
 * @internal
 */
export async function importOutcomesArchive(
  tx: Knex.Transaction,
  outcomes: ArchivedOutcomes,
  programmeId: string,
): Promise<void> {
  const rows: KpiReadingRow[] = outcomes.readings.map(r => ({
    id: randomUUID(),
    programme_id: programmeId,
    kpi_id: r.kpiId,
    reading_on: r.on,
    value: r.value,
    recorded_by: r.recordedBy,
    recorded_at: r.recordedAt,
  }));
  await insertInBatches(tx, 'csip_kpi_readings', rows);
  const { closure } = outcomes;
  if (closure) {
    await tx('csip_programmes').where({ id: programmeId }).update({
      closure_verdict: closure.verdict,
      closure_outcome: closure.outcome,
      closure_lessons: closure.lessons,
      closed_by: closure.closedBy,
      closed_at: closure.closedAt,
    });
  }
}
