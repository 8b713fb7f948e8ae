import type { HandoverView } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's handover: the checklist, skills matrix, coverage,
 * readiness, knowledge-transfer score, summit progress and coach fade-out.
 *
 * @internal
 */
export function useHandover(programmeId: string): CsipQuery<HandoverView> {
  return useCsipQuery(api => api.getHandover(programmeId), [programmeId]);
}
