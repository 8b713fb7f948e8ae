import { kpiProgress } from './kpiProgress';
import type { Kpi, KpiDefinition, KpiReading } from './kpiSchema';

/**
 * The KPIs of a scope version as the API shows them: each with its own
 * readings (matched by KPI id, oldest first) and its progress. Readings of
 * KPIs the version no longer has are left out (they stay stored, and come
 * back with the KPI).
 *
 * @public
 */
export function summariseKpis(
  definitions: readonly KpiDefinition[],
  readings: readonly KpiReading[],
): Kpi[] {
  return definitions.map(definition => {
    const own = readings
      .filter(r => r.kpiId === definition.id)
      .sort(
        (a, b) =>
          a.on.localeCompare(b.on) || a.recordedAt.localeCompare(b.recordedAt),
      );
    const progress = kpiProgress(definition, own);
    return {
      ...definition,
      readings: own,
      ...(progress !== undefined && { progress }),
    };
  });
}
