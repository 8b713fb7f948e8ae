import {
  checkTone,
  reviewAmendmentSchema,
  reviewCreateSchema,
  reviewPublishSchema,
  reviewUpdateSchema,
  toneCheckRequestSchema,
} from '@csip-coach/plugin-csip-common';
import { ReviewService } from '../services/ReviewService';
import {
  createApiRouter,
  fieldNames,
  parse,
  RouteHelpers,
} from './routeHelpers';

/** The maturity model, reviews, the tone check and maturity per process. @internal */
export function reviewRoutes(helpers: RouteHelpers, reviews: ReviewService) {
  const { caller, audited, validBody } = helpers;
  const router = createApiRouter();

  router.get('/maturity-model', async (req, res) => {
    await caller(req);
    res.json(reviews.getModel());
  });

  router.get('/tone/config', async (req, res) => {
    await caller(req);
    res.json(reviews.getToneConfig());
  });

  router.post('/tone/check', async (req, res) => {
    await caller(req);
    const { text } = parse(toneCheckRequestSchema, req.body, 'tone check');
    res.json({ findings: checkTone(text, reviews.getToneConfig()) });
  });

  router.get('/programmes/:id/maturity', async (req, res) => {
    res.json(await reviews.getMaturity(req.params.id, await caller(req)));
  });

  router.get('/programmes/:id/reviews', async (req, res) => {
    const items = await reviews.listReviews(req.params.id, await caller(req));
    res.json({ items });
  });

  router.post('/programmes/:id/reviews', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'review-create',
      { programmeId: id },
      reviewCreateSchema,
      'review',
    );
    const review = await audited(
      req,
      'review-create',
      { programmeId: id, process: input.process },
      async () => reviews.createDraft(id, input, who),
    );
    res.status(201).json(review);
  });

  router.get('/reviews/:id', async (req, res) => {
    res.json(await reviews.getReview(req.params.id, await caller(req)));
  });

  router.patch('/reviews/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'review-update',
      { reviewId: id },
      reviewUpdateSchema,
      'review update',
    );
    const review = await audited(
      req,
      'review-update',
      { reviewId: id, fields: fieldNames(input) },
      async () => reviews.updateDraft(id, input, who),
    );
    res.json(review);
  });

  router.post('/reviews/:id/publish', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'review-publish',
      { reviewId: id },
      reviewPublishSchema,
      'publish request',
    );
    const review = await audited(
      req,
      'review-publish',
      { reviewId: id, acknowledgeTone: input.acknowledgeTone },
      async () => reviews.publish(id, input, who),
    );
    res.json(review);
  });

  router.post('/reviews/:id/amendments', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'review-amend',
      { reviewId: id },
      reviewAmendmentSchema,
      'amendment',
    );
    const review = await audited(
      req,
      'review-amend',
      { reviewId: id, process: input.process },
      async () => reviews.amend(id, input, who),
    );
    res.status(201).json(review);
  });

  return router;
}
