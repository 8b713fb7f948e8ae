import {
  handoverItemCreateSchema,
  handoverItemUpdateSchema,
  skillsMatrixSchema,
} from '@csip-coach/plugin-csip-common';
import Router from 'express-promise-router';
import { HandoverService } from '../services/HandoverService';
import { parse, RouteHelpers } from './routeHelpers';

/** The handover checklist, skills matrix and readiness. @internal */
export function handoverRoutes(
  helpers: RouteHelpers,
  handover: HandoverService,
) {
  const { caller, audited } = helpers;
  const router = Router();

  router.get('/programmes/:id/handover', async (req, res) => {
    res.json(await handover.getHandover(req.params.id, await caller(req)));
  });

  router.post('/programmes/:id/handover/items', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const item = await audited(
      req,
      'handover-item-create',
      { programmeId: id },
      async () =>
        handover.addItem(
          id,
          parse(handoverItemCreateSchema, req.body, 'handover item'),
          who,
        ),
    );
    res.status(201).json(item);
  });

  router.patch('/handover/items/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const item = await audited(
      req,
      'handover-item-update',
      { itemId: id, status: req.body?.status },
      async () =>
        handover.updateItem(
          id,
          parse(handoverItemUpdateSchema, req.body, 'handover item update'),
          who,
        ),
    );
    res.json(item);
  });

  router.put('/programmes/:id/skills', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const skills = await audited(
      req,
      'skills-update',
      { programmeId: id },
      async () =>
        handover.putSkills(
          id,
          parse(skillsMatrixSchema, req.body, 'skills matrix'),
          who,
        ),
    );
    res.json(skills);
  });

  return router;
}
