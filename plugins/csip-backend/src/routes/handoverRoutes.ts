import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { HandoverService } from '../services/HandoverService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The handover checklist, skills matrix and readiness. @internal */
export function handoverRoutes(
  helpers: RouteHelpers,
  handover: HandoverService,
) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getHandover, async (_req, _res, { params, who }) =>
    handover.getHandover(params.id, who),
  );

  route(
    csipEndpoints.addHandoverItem,
    {
      bodyName: 'handover item',
      audit: { eventId: 'handover-item-create', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ process: body.process }, async () =>
        handover.addItem(params.id, body, who),
      ),
  );

  route(
    csipEndpoints.updateHandoverItem,
    {
      bodyName: 'handover item update',
      audit: { eventId: 'handover-item-update', params: { id: 'itemId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ fields: fieldNames(body), status: body.status }, async () =>
        handover.updateItem(params.id, body, who),
      ),
  );

  route(
    csipEndpoints.putSkills,
    {
      bodyName: 'skills matrix',
      audit: { eventId: 'skills-update', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({}, async () => handover.putSkills(params.id, body, who)),
  );

  return router;
}
