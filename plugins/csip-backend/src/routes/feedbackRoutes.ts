import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { FeedbackService } from '../services/FeedbackService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/**
 * Partnership feedback rounds, their responses, summaries and the actions
 * barriers become. The audit event of a response names the round only:
 * nothing of the answer, nor whether it was anonymous.
 *
 * @internal
 */
export function feedbackRoutes(
  helpers: RouteHelpers,
  feedback: FeedbackService,
) {
  const { router, list, read, write } = createEndpointRouter(helpers);

  list(csipEndpoints.listFeedbackRounds, (id, who) =>
    feedback.listRounds(id, who),
  );

  write(
    csipEndpoints.openFeedbackRound,
    {
      bodyName: 'feedback round',
      audit: { eventId: 'feedback-round-open', params: { id: 'programmeId' } },
    },
    (id, body, who) => feedback.openRound(id, body, who),
  );

  write(
    csipEndpoints.respondToFeedbackRound,
    {
      bodyName: 'feedback response',
      audit: { eventId: 'feedback-response', params: { id: 'roundId' } },
    },
    (id, body, who) => feedback.respond(id, body, who),
  );

  read(csipEndpoints.getFeedbackSummary, (id, who) =>
    feedback.getSummary(id, who),
  );

  write(
    csipEndpoints.createFeedbackAction,
    {
      bodyName: 'action',
      audit: { eventId: 'feedback-action', params: { id: 'roundId' } },
      meta: body => ({ barrier: body.barrier }),
    },
    (id, body, who) => feedback.createAction(id, body, who),
  );

  return router;
}
