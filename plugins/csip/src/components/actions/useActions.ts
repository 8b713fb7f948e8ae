import { useApi } from '@backstage/frontend-plugin-api';
import type { Action, ActionStatus } from '@csip-coach/plugin-csip-common';
import { useCallback, useEffect, useState } from 'react';
import { csipApiRef } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's action register as the Actions tab keeps it: `value` is
 * the actions once loaded, and follows each change saved here (`replace`,
 * `setStatus`) without loading the whole register again; `retry` does.
 *
 * @internal
 */
export function useActions(programmeId: string) {
  const csipApi = useApi(csipApiRef);
  const loaded = useCsipQuery(
    api => api.listActions(programmeId),
    [programmeId],
  );
  const [items, setItems] = useState<Action[]>();

  useEffect(() => {
    if (loaded.value) setItems(loaded.value.items);
  }, [loaded.value]);

  /** Puts a saved action in place of its old self, or adds it. */
  const replace = useCallback(
    (saved: Action) =>
      setItems(current =>
        current?.some(a => a.id === saved.id)
          ? current.map(a => (a.id === saved.id ? saved : a))
          : [...(current ?? []), saved],
      ),
    [],
  );

  /** Changes an action's status; a stale `version` fails with 409. */
  const setStatus = async (action: Action, status: ActionStatus) =>
    replace(
      await csipApi.updateAction(action.id, {
        version: action.version,
        status,
      }),
    );

  return {
    value: items,
    loading: loaded.loading,
    error: loaded.error,
    errorKind: loaded.errorKind,
    retry: loaded.retry,
    replace,
    setStatus,
  };
}
