import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { MomentService } from '../services/MomentService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** Coaching moments and the follow-ups of their commitments. @internal */
export function momentRoutes(helpers: RouteHelpers, moments: MomentService) {
  const { router, list, write } = createEndpointRouter(helpers);

  list(csipEndpoints.listMoments, (id, who) => moments.listMoments(id, who));

  write(
    csipEndpoints.recordMoment,
    {
      bodyName: 'moment',
      audit: { eventId: 'moment-record', params: { id: 'programmeId' } },
    },
    (id, body, who) => moments.recordMoment(id, body, who),
  );

  list(csipEndpoints.listFollowUps, (id, who) =>
    moments.listFollowUps(id, who),
  );

  write(
    csipEndpoints.recordFollowUpOutcome,
    {
      bodyName: 'follow-up outcome',
      audit: { eventId: 'follow-up-outcome', params: { id: 'followUpId' } },
      meta: body => ({ outcome: body.outcome }),
    },
    (id, body, who) => moments.recordOutcome(id, body, who),
  );

  return router;
}
