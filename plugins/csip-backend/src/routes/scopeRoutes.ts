import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ScopeService } from '../services/ScopeService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** Scope versions, agreements and the sponsor's "awaiting" list. @internal */
export function scopeRoutes(helpers: RouteHelpers, scope: ScopeService) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getScope, async (_req, _res, { params, who }) =>
    scope.getScope(params.id, who),
  );

  route(
    csipEndpoints.listScopeVersions,
    async (_req, _res, { params, who }) => ({
      items: await scope.listVersions(params.id, who),
    }),
  );

  route(
    csipEndpoints.publishScopeVersion,
    {
      bodyName: 'scope version',
      audit: { eventId: 'scope-publish', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited(
        { processes: body.processes.map(p => p.process).join(',') },
        async () => scope.publishVersion(params.id, body, who),
      ),
  );

  // `:number` is checked by the router: 0x1, 1e3 and -1 are 400s, never
  // version 1, 1000 or a lookup.
  route(
    csipEndpoints.recordAgreement,
    {
      bodyName: 'agreement',
      audit: {
        eventId: 'scope-agreement',
        params: { id: 'programmeId', number: 'versionNumber' },
      },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ decision: body.decision }, async () =>
        scope.recordAgreement(params.id, params.number, body, who),
      ),
  );

  route(csipEndpoints.listAwaitingMyAgreement, async (_req, _res, { who }) => ({
    items: await scope.awaiting(who),
  }));

  return router;
}
