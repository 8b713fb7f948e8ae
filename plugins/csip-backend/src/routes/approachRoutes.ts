import {
  csipEndpoints,
  recommendApproach,
} from '@csip-coach/plugin-csip-common';
import { ApproachService } from '../services/ApproachService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** The approach recommendation and a programme's decisions. @internal */
export function approachRoutes(
  helpers: RouteHelpers,
  approach: ApproachService,
) {
  const { router, route, list, write } = createEndpointRouter(helpers);

  route(
    csipEndpoints.getRecommendation,
    { bodyName: 'readiness answers' },
    async (_req, _res, { body }) => recommendApproach(body.answers),
  );

  list(csipEndpoints.listDecisions, (id, who) =>
    approach.listDecisions(id, who),
  );

  write(
    csipEndpoints.recordDecision,
    {
      bodyName: 'decision',
      audit: { eventId: 'approach-decision', params: { id: 'programmeId' } },
      meta: body => ({ approach: body.approach }),
    },
    (id, body, who) => approach.recordDecision(id, body, who),
  );

  return router;
}
