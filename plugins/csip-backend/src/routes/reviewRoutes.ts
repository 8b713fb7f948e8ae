import {
  checkTone,
  reviewAmendmentSchema,
  reviewCreateSchema,
  reviewPublishSchema,
  reviewUpdateSchema,
  toneCheckRequestSchema,
} from '@csip-coach/plugin-csip-common';
import Router from 'express-promise-router';
import { ReviewService } from '../services/ReviewService';
import { parse, RouteHelpers } from './routeHelpers';

/** The maturity model, reviews, the tone check and maturity per process. @internal */
export function reviewRoutes(helpers: RouteHelpers, reviews: ReviewService) {
  const { caller, audited } = helpers;
  const router = Router();

  router.get('/maturity-model', async (req, res) => {
    await caller(req);
    res.json(reviews.getModel());
  });

  router.post('/tone/check', async (req, res) => {
    await caller(req);
    const { text } = parse(toneCheckRequestSchema, req.body, 'tone check');
    res.json({ findings: checkTone(text) });
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
    const review = await audited(
      req,
      'review-create',
      { programmeId: id, process: req.body?.process },
      async () =>
        reviews.createDraft(
          id,
          parse(reviewCreateSchema, req.body, 'review'),
          who,
        ),
    );
    res.status(201).json(review);
  });

  router.get('/reviews/:id', async (req, res) => {
    res.json(await reviews.getReview(req.params.id, await caller(req)));
  });

  router.patch('/reviews/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const review = await audited(
      req,
      'review-update',
      { reviewId: id },
      async () =>
        reviews.updateDraft(
          id,
          parse(reviewUpdateSchema, req.body, 'review update'),
          who,
        ),
    );
    res.json(review);
  });

  router.post('/reviews/:id/publish', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const review = await audited(
      req,
      'review-publish',
      { reviewId: id },
      async () =>
        reviews.publish(
          id,
          parse(reviewPublishSchema, req.body ?? {}, 'publish request'),
          who,
        ),
    );
    res.json(review);
  });

  router.post('/reviews/:id/amendments', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const review = await audited(
      req,
      'review-amend',
      { reviewId: id },
      async () =>
        reviews.amend(
          id,
          parse(reviewAmendmentSchema, req.body, 'amendment'),
          who,
        ),
    );
    res.status(201).json(review);
  });

  return router;
}
