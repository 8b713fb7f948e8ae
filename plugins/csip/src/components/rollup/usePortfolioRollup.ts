import type { PortfolioRollup } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The portfolio rolled up under a catalog group (the top-level groups
 * without one): `GET /portfolio/rollup`, again whenever the group changes.
 *
 * @internal
 */
export function usePortfolioRollup(
  groupRef: string | undefined,
): CsipQuery<PortfolioRollup> {
  return useCsipQuery(
    api => api.getPortfolioRollup(groupRef ? { group: groupRef } : {}),
    [groupRef],
  );
}
