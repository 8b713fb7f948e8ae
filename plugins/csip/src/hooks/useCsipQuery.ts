import { useApi } from '@backstage/frontend-plugin-api';
import type { DependencyList } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { csipApiRef, type CsipApi } from '../api';
import { type CsipErrorKind, errorKind } from '../api/errorKind';

/**
 * Something read from the CSIP API, as the data hooks give it: the value
 * once loaded (kept while it loads again), whether it is loading, why it
 * failed and what kind of failure that is, and a way to load it again.
 *
 * @internal
 */
export type CsipQuery<T> = {
  value?: T;
  loading: boolean;
  error?: Error;
  /**
   * With `error`: whether the thing does not exist (`notFound`), may not be
   * seen (`forbidden`) or could not be loaded (`failure`, worth a retry).
   */
  errorKind?: CsipErrorKind;
  /** Loads the value again, such as after a change or a failure. */
  retry(): void;
};

/**
 * Reads something from the CSIP API, again whenever `deps` change: the
 * shared shape of the feature data hooks (`useScope`, `useActions`, …).
 * `deps` are what `load` reads besides the API.
 *
 * @internal
 */
export function useCsipQuery<T>(
  load: (csipApi: CsipApi) => Promise<T>,
  deps: DependencyList,
): CsipQuery<T> {
  const csipApi = useApi(csipApiRef);
  // `load` is a new function on every render; `deps` say when it changes.
  const state = useAsyncRetry(() => load(csipApi), [csipApi, ...deps]);
  return {
    ...state,
    errorKind: state.error ? errorKind(state.error) : undefined,
  };
}
