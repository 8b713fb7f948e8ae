import type { MaturityModel } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from './useCsipQuery';

/**
 * The portal's maturity model: the processes (built-in and configured) with
 * their criteria, for process names and the review editor.
 *
 * @internal
 */
export function useMaturityModel(): CsipQuery<MaturityModel> {
  return useCsipQuery(csipApi => csipApi.getMaturityModel(), []);
}
