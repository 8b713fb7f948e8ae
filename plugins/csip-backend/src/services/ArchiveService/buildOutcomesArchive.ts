import type {
  ArchivedOutcomes,
  Programme,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';

/**
 * The outcomes of one programme for its archive: every KPI reading (by KPI
 * id, oldest first; the KPIs themselves travel with the scope versions)
 * and the closure, once the programme is closed.
 *
 * @internal
 */
export async function buildOutcomesArchive(
  programme: Pick<Programme, 'id' | 'closure'>,
  stores: Pick<Stores, 'outcomes'>,
): Promise<ArchivedOutcomes> {
  const readings = await stores.outcomes.listReadings(programme.id);
  return {
    readings: readings.map(r => ({
      kpiId: r.kpiId,
      on: r.on,
      value: r.value,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt,
    })),
    ...(programme.closure && { closure: { ...programme.closure } }),
  };
}
