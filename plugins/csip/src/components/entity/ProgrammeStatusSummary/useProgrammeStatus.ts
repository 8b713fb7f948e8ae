import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../../api';

/**
 * What the entity page shows of one programme, each loaded on its own so a
 * failure of one shows beside the others: maturity (levels vs targets),
 * handover (readiness, score, summit), scope status and, unless `compact`,
 * the action register.
 */
export function useProgrammeStatus(programmeId: string, compact: boolean) {
  const csipApi = useApi(csipApiRef);
  const maturity = useAsync(
    () => csipApi.getMaturity(programmeId),
    [csipApi, programmeId],
  );
  const handover = useAsync(
    () => csipApi.getHandover(programmeId),
    [csipApi, programmeId],
  );
  const scope = useAsync(
    () => csipApi.getScope(programmeId),
    [csipApi, programmeId],
  );
  const actions = useAsync(
    async () => (compact ? undefined : csipApi.listActions(programmeId)),
    [csipApi, programmeId, compact],
  );
  return { maturity, handover, scope, actions };
}
