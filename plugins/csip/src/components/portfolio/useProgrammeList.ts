import type { ListProgrammesRequest } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * One page of programmes under `request` (filters, sort, cursor, limit),
 * loaded again when the request's content changes or `refreshKey` does.
 *
 * @internal
 */
export function useProgrammeList(
  request: ListProgrammesRequest,
  refreshKey?: unknown,
) {
  return useCsipQuery(
    api => api.listProgrammes(request),
    [JSON.stringify(request), refreshKey],
  );
}
