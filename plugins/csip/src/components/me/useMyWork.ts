import type { MyWork } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The signed-in user's work across programmes: their open actions, the
 * scope versions awaiting their decision and their programmes with roles.
 *
 * @internal
 */
export function useMyWork(): CsipQuery<MyWork> {
  return useCsipQuery(api => api.getMyWork(), []);
}
