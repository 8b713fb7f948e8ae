import type { SustainStatus } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * Sustain monitoring of a programme in `sustain` (from its coaching
 * summary): the cadence of the team's own reviews, when the next is due,
 * whether it lapsed, and levels that fell. Nothing is loaded, and the
 * value is `null`, in any other phase.
 *
 * @internal
 */
export function useSustainStatus(
  programmeId: string,
  inSustain: boolean,
): CsipQuery<SustainStatus | null> {
  return useCsipQuery(
    async api =>
      inSustain ? (await api.getCoaching(programmeId)).sustain : null,
    [programmeId, inSustain],
  );
}
