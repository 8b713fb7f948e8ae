import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ActionService } from '../services/ActionService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The action register. @internal */
export function actionRoutes(helpers: RouteHelpers, actions: ActionService) {
  const { router, list, write } = createEndpointRouter(helpers);

  list(csipEndpoints.listActions, (id, who) => actions.listActions(id, who));

  write(
    csipEndpoints.createAction,
    {
      bodyName: 'action',
      audit: { eventId: 'action-create', params: { id: 'programmeId' } },
    },
    (id, body, who) => actions.createAction(id, body, who),
  );

  write(
    csipEndpoints.updateAction,
    {
      bodyName: 'action update',
      audit: { eventId: 'action-update', params: { id: 'actionId' } },
      meta: body => ({ fields: fieldNames(body), status: body.status }),
    },
    (id, body, who) => actions.updateAction(id, body, who),
  );

  return router;
}
