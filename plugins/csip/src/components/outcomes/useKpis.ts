import type { Kpi } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The outcome KPIs of the programme's current scope version, each with its
 * readings and progress. `retry` loads them again, such as after a reading
 * was recorded.
 *
 * @internal
 */
export function useKpis(programmeId: string): CsipQuery<Kpi[]> {
  return useCsipQuery(
    async api => (await api.listKpis(programmeId)).items,
    [programmeId],
  );
}
