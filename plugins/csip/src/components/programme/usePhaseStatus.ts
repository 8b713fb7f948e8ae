import { useApi } from '@backstage/frontend-plugin-api';
import type { ProgrammePhase } from '@csip-coach/plugin-csip-common';
import { csipApiRef } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * Where the programme is in its phases: the phase, the next move and its
 * gates, the facts behind them and every past move; and `move` to move the
 * programme forward or back (the status then loads again).
 *
 * @internal
 */
export function usePhaseStatus(programmeId: string) {
  const csipApi = useApi(csipApiRef);
  const status = useCsipQuery(
    api => api.getPhaseStatus(programmeId),
    [programmeId],
  );
  const move = async (to: ProgrammePhase, reason?: string) => {
    await csipApi.movePhase(programmeId, { to, reason });
    status.retry();
  };
  return { ...status, move };
}
