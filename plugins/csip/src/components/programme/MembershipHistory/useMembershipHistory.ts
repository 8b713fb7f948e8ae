import { useApi } from '@backstage/frontend-plugin-api';
import type { MembershipChange } from '@csip-coach/plugin-csip-common';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../../api';

/** @internal */
export type MembershipHistoryState = {
  /** The changes, oldest first as the backend lists them; unset while loading. */
  changes?: MembershipChange[];
  error?: Error;
};

/**
 * Loads every change of a programme's members, again whenever `refreshKey`
 * changes (such as after the members were edited).
 *
 * @internal
 */
export function useMembershipHistory(
  programmeId: string,
  refreshKey?: unknown,
): MembershipHistoryState {
  const csipApi = useApi(csipApiRef);
  const history = useAsync(
    () => csipApi.listMembershipChanges(programmeId),
    [csipApi, programmeId, refreshKey],
  );
  return { changes: history.value?.items, error: history.error };
}
