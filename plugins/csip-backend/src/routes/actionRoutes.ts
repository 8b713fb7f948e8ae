import {
  actionCreateSchema,
  actionUpdateSchema,
} from '@csip-coach/plugin-csip-common';
import Router from 'express-promise-router';
import { ActionService } from '../services/ActionService';
import { parse, RouteHelpers } from './routeHelpers';

/** The action register. @internal */
export function actionRoutes(helpers: RouteHelpers, actions: ActionService) {
  const { caller, audited } = helpers;
  const router = Router();

  router.get('/programmes/:id/actions', async (req, res) => {
    const items = await actions.listActions(req.params.id, await caller(req));
    res.json({ items });
  });

  router.post('/programmes/:id/actions', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const action = await audited(
      req,
      'action-create',
      { programmeId: id },
      async () =>
        actions.createAction(
          id,
          parse(actionCreateSchema, req.body, 'action'),
          who,
        ),
    );
    res.status(201).json(action);
  });

  router.patch('/actions/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const action = await audited(
      req,
      'action-update',
      { actionId: id },
      async () =>
        actions.updateAction(
          id,
          parse(actionUpdateSchema, req.body, 'action update'),
          who,
        ),
    );
    res.json(action);
  });

  return router;
}
