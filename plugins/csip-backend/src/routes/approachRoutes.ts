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
  const { router, route } = createEndpointRouter(helpers);

  route(
    csipEndpoints.getRecommendation,
    { bodyName: 'readiness answers' },
    async (_req, _res, { body }) => recommendApproach(body.answers),
  );

  route(csipEndpoints.listDecisions, async (_req, _res, { params, who }) => ({
    items: await approach.listDecisions(params.id, who),
  }));

  route(
    csipEndpoints.recordDecision,
    {
      bodyName: 'decision',
      audit: { eventId: 'approach-decision', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ approach: body.approach }, async () =>
        approach.recordDecision(params.id, body, who),
      ),
  );

  return router;
}
