import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/**
 * The signed-in user's entity ref, such as `user:default/ada.lovelace`,
 * once the identity is known; `error` when it could not be told.
 *
 * @internal
 */
export function useUserEntityRef(): {
  value?: string;
  loading: boolean;
  error?: Error;
} {
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  return {
    value: identity.value?.userEntityRef,
    loading: identity.loading,
    error: identity.error,
  };
}
