import type { Moment } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's coaching moments, newest first (as the backend lists
 * them). `retry` loads them again, such as after a moment was recorded.
 *
 * @internal
 */
export function useMoments(programmeId: string): CsipQuery<Moment[]> {
  return useCsipQuery(
    async api => (await api.listMoments(programmeId)).items,
    [programmeId],
  );
}
