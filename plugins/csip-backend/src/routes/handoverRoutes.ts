import {
  handoverItemCreateSchema,
  handoverItemUpdateSchema,
  skillsMatrixSchema,
} from '@csip-coach/plugin-csip-common';
import { HandoverService } from '../services/HandoverService';
import { createApiRouter, fieldNames, RouteHelpers } from './routeHelpers';

/** The handover checklist, skills matrix and readiness. @internal */
export function handoverRoutes(
  helpers: RouteHelpers,
  handover: HandoverService,
) {
  const { caller, audited, validBody } = helpers;
  const router = createApiRouter();

  router.get('/programmes/:id/handover', async (req, res) => {
    res.json(await handover.getHandover(req.params.id, await caller(req)));
  });

  router.post('/programmes/:id/handover/items', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'handover-item-create',
      { programmeId: id },
      handoverItemCreateSchema,
      'handover item',
    );
    const item = await audited(
      req,
      'handover-item-create',
      { programmeId: id, process: input.process },
      async () => handover.addItem(id, input, who),
    );
    res.status(201).json(item);
  });

  router.patch('/handover/items/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'handover-item-update',
      { itemId: id },
      handoverItemUpdateSchema,
      'handover item update',
    );
    const item = await audited(
      req,
      'handover-item-update',
      { itemId: id, fields: fieldNames(input), status: input.status },
      async () => handover.updateItem(id, input, who),
    );
    res.json(item);
  });

  router.put('/programmes/:id/skills', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'skills-update',
      { programmeId: id },
      skillsMatrixSchema,
      'skills matrix',
    );
    const skills = await audited(
      req,
      'skills-update',
      { programmeId: id },
      async () => handover.putSkills(id, input, who),
    );
    res.json(skills);
  });

  return router;
}
