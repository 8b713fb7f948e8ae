import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ActionService } from '../services/ActionService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The action register. @internal */
export function actionRoutes(helpers: RouteHelpers, actions: ActionService) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.listActions, async (_req, _res, { params, who }) => ({
    items: await actions.listActions(params.id, who),
  }));

  route(
    csipEndpoints.createAction,
    {
      bodyName: 'action',
      audit: { eventId: 'action-create', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({}, async () => actions.createAction(params.id, body, who)),
  );

  route(
    csipEndpoints.updateAction,
    {
      bodyName: 'action update',
      audit: { eventId: 'action-update', params: { id: 'actionId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ fields: fieldNames(body), status: body.status }, async () =>
        actions.updateAction(params.id, body, who),
      ),
  );

  return router;
}
