import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { HandoverService } from '../services/HandoverService';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/** The handover checklist, skills matrix and readiness. @internal */
export function handoverRoutes(
  helpers: RouteHelpers,
  handover: HandoverService,
) {
  const { router, read, write } = createEndpointRouter(helpers);

  read(csipEndpoints.getHandover, (id, who) => handover.getHandover(id, who));

  write(
    csipEndpoints.addHandoverItem,
    {
      bodyName: 'handover item',
      audit: { eventId: 'handover-item-create', params: { id: 'programmeId' } },
      meta: body => ({ process: body.process }),
    },
    (id, body, who) => handover.addItem(id, body, who),
  );

  write(
    csipEndpoints.updateHandoverItem,
    {
      bodyName: 'handover item update',
      audit: { eventId: 'handover-item-update', params: { id: 'itemId' } },
      meta: body => ({ fields: fieldNames(body), status: body.status }),
    },
    (id, body, who) => handover.updateItem(id, body, who),
  );

  write(
    csipEndpoints.putSkills,
    {
      bodyName: 'skills matrix',
      audit: { eventId: 'skills-update', params: { id: 'programmeId' } },
    },
    (id, body, who) => handover.putSkills(id, body, who),
  );

  return router;
}
