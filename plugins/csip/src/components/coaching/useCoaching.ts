import type { CoachingSummary } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's coaching summary: the mix of moments in the work and
 * scheduled against the 3 : 1 aim, commitments and their outcomes, and the
 * team's responses to advice. It loads again when `refreshKey` changes,
 * such as after a moment or an outcome was recorded elsewhere on the page.
 *
 * @internal
 */
export function useCoaching(
  programmeId: string,
  refreshKey?: unknown,
): CsipQuery<CoachingSummary> {
  return useCsipQuery(
    api => api.getCoaching(programmeId),
    [programmeId, refreshKey],
  );
}
