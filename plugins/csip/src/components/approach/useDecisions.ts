import { useApi } from '@backstage/frontend-plugin-api';
import type { DecisionCreate } from '@csip-coach/plugin-csip-common';
import { csipApiRef } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme’s approach decisions, as the API lists them,
 * and `record` to record another (the history then loads again).
 *
 * @internal
 */
export function useDecisions(programmeId: string) {
  const csipApi = useApi(csipApiRef);
  const decisions = useCsipQuery(
    async api => (await api.listDecisions(programmeId)).items,
    [programmeId],
  );
  const record = async (decision: DecisionCreate) => {
    await csipApi.recordDecision(programmeId, decision);
    decisions.retry();
  };
  return { ...decisions, record };
}
