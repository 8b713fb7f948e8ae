import type { AwaitingAgreement } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The current scope versions that wait for the signed-in user's agree or
 * decline.
 *
 * @internal
 */
export function useAwaitingAgreement(): CsipQuery<AwaitingAgreement[]> {
  return useCsipQuery(
    async api => (await api.listAwaitingMyAgreement()).items,
    [],
  );
}
