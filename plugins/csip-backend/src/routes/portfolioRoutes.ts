import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { PortfolioRollupService } from '../services/PortfolioRollupService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** The portfolio rolled up by catalog group: `GET /portfolio/rollup`. @internal */
export function portfolioRoutes(
  helpers: RouteHelpers,
  rollup: PortfolioRollupService,
) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getPortfolioRollup, async (_req, _res, { query, who }) =>
    rollup.getRollup(query, who),
  );

  return router;
}
