import type { MaturityView } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * Where each of the programme's processes stands: its level from the
 * published reviews against its target, and its trend.
 *
 * @internal
 */
export function useMaturity(programmeId: string): CsipQuery<MaturityView> {
  return useCsipQuery(api => api.getMaturity(programmeId), [programmeId]);
}
