import { checkTone, csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ReviewService } from '../services/ReviewService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The maturity model, reviews, the tone check and maturity per process. @internal */
export function reviewRoutes(helpers: RouteHelpers, reviews: ReviewService) {
  const { router, route, read, list, write } = createEndpointRouter(helpers);

  route(csipEndpoints.getMaturityModel, async () => reviews.getModel());

  route(csipEndpoints.getToneConfig, async () => reviews.getToneConfig());

  route(
    csipEndpoints.checkTone,
    { bodyName: 'tone check' },
    async (_req, _res, { body }) => ({
      findings: checkTone(body.text, reviews.getToneConfig()),
    }),
  );

  read(csipEndpoints.getMaturity, (id, who) => reviews.getMaturity(id, who));

  route(csipEndpoints.getMaturityTrend, async (_req, _res, input) =>
    reviews.getMaturityTrend(input.params.id, input.query, input.who),
  );

  list(csipEndpoints.listReviews, (id, who) => reviews.listReviews(id, who));

  write(
    csipEndpoints.createReview,
    {
      bodyName: 'review',
      audit: { eventId: 'review-create', params: { id: 'programmeId' } },
      meta: body => ({ process: body.process }),
    },
    (id, body, who) => reviews.createDraft(id, body, who),
  );

  read(csipEndpoints.getReview, (id, who) => reviews.getReview(id, who));

  write(
    csipEndpoints.updateReview,
    {
      bodyName: 'review update',
      audit: { eventId: 'review-update', params: { id: 'reviewId' } },
      meta: body => ({ fields: fieldNames(body) }),
    },
    (id, body, who) => reviews.updateDraft(id, body, who),
  );

  write(
    csipEndpoints.publishReview,
    {
      bodyName: 'publish request',
      audit: { eventId: 'review-publish', params: { id: 'reviewId' } },
      meta: body => ({ acknowledgeTone: body.acknowledgeTone }),
    },
    (id, body, who) => reviews.publish(id, body, who),
  );

  write(
    csipEndpoints.amendReview,
    {
      bodyName: 'amendment',
      audit: { eventId: 'review-amend', params: { id: 'reviewId' } },
      meta: body => ({ process: body.process }),
    },
    (id, body, who) => reviews.amend(id, body, who),
  );

  return router;
}
