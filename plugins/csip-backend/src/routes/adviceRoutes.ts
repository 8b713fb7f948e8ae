import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { AdviceService } from '../services/AdviceService';
import { CoachingSummaryService } from '../services/CoachingSummaryService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** The advice log, comments on reviews and the coaching summary. @internal */
export function adviceRoutes(
  helpers: RouteHelpers,
  services: { advice: AdviceService; coaching: CoachingSummaryService },
) {
  const { advice, coaching } = services;
  const { router, read, list, write } = createEndpointRouter(helpers);

  list(csipEndpoints.listAdvice, (id, who) => advice.listAdvice(id, who));

  write(
    csipEndpoints.respondToSuggestion,
    {
      bodyName: 'advice response',
      audit: {
        eventId: 'advice-response',
        params: { id: 'reviewId', index: 'index' },
      },
      meta: body => ({ response: body.response }),
    },
    (id, body, who, params) => advice.respond(id, params.index, body, who),
  );

  list(csipEndpoints.listReviewComments, (id, who) =>
    advice.listComments(id, who),
  );

  write(
    csipEndpoints.addReviewComment,
    {
      bodyName: 'comment',
      audit: { eventId: 'review-comment', params: { id: 'reviewId' } },
    },
    (id, body, who) => advice.addComment(id, body, who),
  );

  read(csipEndpoints.getCoaching, (id, who) => coaching.getCoaching(id, who));

  return router;
}
