import {
  agreementCreateSchema,
  scopeVersionCreateSchema,
} from '@csip-coach/plugin-csip-common';
import { ScopeService } from '../services/ScopeService';
import { createApiRouter, pathNumber, RouteHelpers } from './routeHelpers';

/** Scope versions, agreements and the sponsor's "awaiting" list. @internal */
export function scopeRoutes(helpers: RouteHelpers, scope: ScopeService) {
  const { caller, audited, validBody } = helpers;
  const router = createApiRouter();

  router.get('/programmes/:id/scope', async (req, res) => {
    res.json(await scope.getScope(req.params.id, await caller(req)));
  });

  router.get('/programmes/:id/scope/versions', async (req, res) => {
    const items = await scope.listVersions(req.params.id, await caller(req));
    res.json({ items });
  });

  router.post('/programmes/:id/scope/versions', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'scope-publish',
      { programmeId: id },
      scopeVersionCreateSchema,
      'scope version',
    );
    const version = await audited(
      req,
      'scope-publish',
      {
        programmeId: id,
        processes: input.processes.map(p => p.process).join(','),
      },
      async () => scope.publishVersion(id, input, who),
    );
    res.status(201).json(version);
  });

  router.post(
    '/programmes/:id/scope/versions/:number/agreements',
    async (req, res) => {
      const who = await caller(req);
      const { id } = req.params;
      // Checked as the router's `:number` parameter already: 0x1, 1e3 and
      // -1 are 400s, never version 1, 1000 or a lookup.
      const number = pathNumber(req, 'number');
      const input = await validBody(
        req,
        'scope-agreement',
        { programmeId: id, versionNumber: number },
        agreementCreateSchema,
        'agreement',
      );
      const agreement = await audited(
        req,
        'scope-agreement',
        { programmeId: id, versionNumber: number, decision: input.decision },
        async () => scope.recordAgreement(id, number, input, who),
      );
      res.status(201).json(agreement);
    },
  );

  router.get('/scope/awaiting-my-agreement', async (req, res) => {
    res.json({ items: await scope.awaiting(await caller(req)) });
  });

  return router;
}
