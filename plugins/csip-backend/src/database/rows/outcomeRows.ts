import type { KpiReading } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_kpi_readings`.
 *
 * @internal
 */
export type KpiReadingRow = {
  id: string;
  programme_id: string;
  kpi_id: string;
  reading_on: string;
  /** PostgreSQL may hand a double back as a string. */
  value: number | string;
  recorded_by: string;
  recorded_at: string;
};

/**
 * The reading of a row.
 *
 * @internal
 */
export function toKpiReading(row: KpiReadingRow): KpiReading {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    on: row.reading_on,
    value: Number(row.value),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}
