import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { MyWorkService } from '../services/MyWorkService';
import { Caller } from '../services/types';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** The signed-in user's own view: `GET /me/work`. @internal */
export function meRoutes(helpers: RouteHelpers, myWork: MyWorkService) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getMyWork, async (_req, _res, { who }) =>
    myWork.getMyWork(who as Caller),
  );

  return router;
}
