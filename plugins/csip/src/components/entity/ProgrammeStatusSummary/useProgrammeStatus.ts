import { useCsipQuery } from '../../../hooks/useCsipQuery';
import { useHandover } from '../../handover/useHandover';
import { useMaturity } from '../../reviews/useMaturity';

/**
 * What the entity page shows of one programme, each loaded on its own so a
 * failure of one shows beside the others: maturity (levels vs targets),
 * handover (readiness, score, summit), scope status and, unless `compact`,
 * the action register.
 */
export function useProgrammeStatus(programmeId: string, compact: boolean) {
  const maturity = useMaturity(programmeId);
  const handover = useHandover(programmeId);
  // Only the current version's status: not `useScope`, which also lists
  // every version.
  const scope = useCsipQuery(api => api.getScope(programmeId), [programmeId]);
  const actions = useCsipQuery(
    async api =>
      compact ? undefined : (await api.listActions(programmeId)).items,
    [programmeId, compact],
  );
  return { maturity, handover, scope, actions };
}
