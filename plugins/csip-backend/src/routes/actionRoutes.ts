import {
  actionCreateSchema,
  actionUpdateSchema,
} from '@csip-coach/plugin-csip-common';
import { ActionService } from '../services/ActionService';
import { createApiRouter, fieldNames, RouteHelpers } from './routeHelpers';

/** The action register. @internal */
export function actionRoutes(helpers: RouteHelpers, actions: ActionService) {
  const { caller, audited, validBody } = helpers;
  const router = createApiRouter();

  router.get('/programmes/:id/actions', async (req, res) => {
    const items = await actions.listActions(req.params.id, await caller(req));
    res.json({ items });
  });

  router.post('/programmes/:id/actions', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'action-create',
      { programmeId: id },
      actionCreateSchema,
      'action',
    );
    const action = await audited(
      req,
      'action-create',
      { programmeId: id },
      async () => actions.createAction(id, input, who),
    );
    res.status(201).json(action);
  });

  router.patch('/actions/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'action-update',
      { actionId: id },
      actionUpdateSchema,
      'action update',
    );
    const action = await audited(
      req,
      'action-update',
      { actionId: id, fields: fieldNames(input), status: input.status },
      async () => actions.updateAction(id, input, who),
    );
    res.json(action);
  });

  return router;
}
