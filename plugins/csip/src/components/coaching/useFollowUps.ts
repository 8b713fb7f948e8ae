import type { FollowUp } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's commitments to follow up, open ones first by follow-up
 * date (as the backend lists them), each marked `due` once its date has
 * come. `retry` loads them again, such as after an outcome was recorded.
 *
 * @internal
 */
export function useFollowUps(programmeId: string): CsipQuery<FollowUp[]> {
  return useCsipQuery(
    async api => (await api.listFollowUps(programmeId)).items,
    [programmeId],
  );
}
