import { checkTone, csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ReviewService } from '../services/ReviewService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The maturity model, reviews, the tone check and maturity per process. @internal */
export function reviewRoutes(helpers: RouteHelpers, reviews: ReviewService) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getMaturityModel, async () => reviews.getModel());

  route(csipEndpoints.getToneConfig, async () => reviews.getToneConfig());

  route(
    csipEndpoints.checkTone,
    { bodyName: 'tone check' },
    async (_req, _res, { body }) => ({
      findings: checkTone(body.text, reviews.getToneConfig()),
    }),
  );

  route(csipEndpoints.getMaturity, async (_req, _res, { params, who }) =>
    reviews.getMaturity(params.id, who),
  );

  route(csipEndpoints.listReviews, async (_req, _res, { params, who }) => ({
    items: await reviews.listReviews(params.id, who),
  }));

  route(
    csipEndpoints.createReview,
    {
      bodyName: 'review',
      audit: { eventId: 'review-create', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ process: body.process }, async () =>
        reviews.createDraft(params.id, body, who),
      ),
  );

  route(csipEndpoints.getReview, async (_req, _res, { params, who }) =>
    reviews.getReview(params.id, who),
  );

  route(
    csipEndpoints.updateReview,
    {
      bodyName: 'review update',
      audit: { eventId: 'review-update', params: { id: 'reviewId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ fields: fieldNames(body) }, async () =>
        reviews.updateDraft(params.id, body, who),
      ),
  );

  route(
    csipEndpoints.publishReview,
    {
      bodyName: 'publish request',
      audit: { eventId: 'review-publish', params: { id: 'reviewId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ acknowledgeTone: body.acknowledgeTone }, async () =>
        reviews.publish(params.id, body, who),
      ),
  );

  route(
    csipEndpoints.amendReview,
    {
      bodyName: 'amendment',
      audit: { eventId: 'review-amend', params: { id: 'reviewId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ process: body.process }, async () =>
        reviews.amend(params.id, body, who),
      ),
  );

  return router;
}
