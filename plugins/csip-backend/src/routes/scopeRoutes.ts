import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ScopeService } from '../services/ScopeService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** Scope versions, agreements and the sponsor's "awaiting" list. @internal */
export function scopeRoutes(helpers: RouteHelpers, scope: ScopeService) {
  const { router, route, read, list, write } = createEndpointRouter(helpers);

  read(csipEndpoints.getScope, (id, who) => scope.getScope(id, who));

  list(csipEndpoints.listScopeVersions, (id, who) =>
    scope.listVersions(id, who),
  );

  write(
    csipEndpoints.publishScopeVersion,
    {
      bodyName: 'scope version',
      audit: { eventId: 'scope-publish', params: { id: 'programmeId' } },
      meta: body => ({
        processes: body.processes.map(p => p.process).join(','),
      }),
    },
    (id, body, who) => scope.publishVersion(id, body, who),
  );

  // `:number` is checked by the router (here and in the list below): 0x1,
  // 1e3 and -1 are 400s, never version 1, 1000 or a lookup.
  write(
    csipEndpoints.recordAgreement,
    {
      bodyName: 'agreement',
      audit: {
        eventId: 'scope-agreement',
        params: { id: 'programmeId', number: 'versionNumber' },
      },
      meta: body => ({ decision: body.decision }),
    },
    (id, body, who, params) =>
      scope.recordAgreement(id, params.number, body, who),
  );

  route(
    csipEndpoints.listScopeAgreements,
    async (_req, _res, { params, who }) => ({
      items: await scope.listAgreements(params.id, params.number, who),
    }),
  );

  route(csipEndpoints.listAwaitingMyAgreement, async (_req, _res, { who }) => ({
    items: await scope.awaiting(who),
  }));

  return router;
}
