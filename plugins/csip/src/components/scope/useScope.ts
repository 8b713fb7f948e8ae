import { useApi } from '@backstage/frontend-plugin-api';
import type { AgreementCreate } from '@csip-coach/plugin-csip-common';
import { csipApiRef } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's scope: `value` is the current version with its status,
 * approvers and diff; `versions` every published version. `retry` loads
 * both again; `agree` records the signed-in approver's decision on a
 * version, then loads both again.
 *
 * @internal
 */
export function useScope(programmeId: string) {
  const csipApi = useApi(csipApiRef);
  const scope = useCsipQuery(api => api.getScope(programmeId), [programmeId]);
  const versions = useCsipQuery(
    async api => (await api.listScopeVersions(programmeId)).items,
    [programmeId],
  );
  const retry = () => {
    scope.retry();
    versions.retry();
  };
  const agree = async (versionNumber: number, agreement: AgreementCreate) => {
    await csipApi.recordAgreement(programmeId, versionNumber, agreement);
    retry();
  };
  return { ...scope, retry, versions, agree };
}
