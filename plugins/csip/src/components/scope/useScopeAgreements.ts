import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * Every agree and decline recorded on one scope version, oldest first,
 * changed minds included; nothing while there is no version. `retry`
 * loads the record again, such as after a decision.
 *
 * @internal
 */
export function useScopeAgreements(
  programmeId: string,
  versionNumber: number | undefined,
) {
  return useCsipQuery(
    async api =>
      versionNumber === undefined
        ? []
        : (await api.listScopeAgreements(programmeId, versionNumber)).items,
    [programmeId, versionNumber],
  );
}
