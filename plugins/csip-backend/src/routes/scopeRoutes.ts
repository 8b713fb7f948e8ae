import { InputError } from '@backstage/errors';
import {
  agreementCreateSchema,
  scopeVersionCreateSchema,
} from '@csip-coach/plugin-csip-common';
import Router from 'express-promise-router';
import { ScopeService } from '../services/ScopeService';
import { parse, RouteHelpers } from './routeHelpers';

/** Scope versions, agreements and the sponsor's "awaiting" list. @internal */
export function scopeRoutes(helpers: RouteHelpers, scope: ScopeService) {
  const { caller, audited } = helpers;
  const router = Router();

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
    const version = await audited(
      req,
      'scope-publish',
      { programmeId: id },
      async () =>
        scope.publishVersion(
          id,
          parse(scopeVersionCreateSchema, req.body, 'scope version'),
          who,
        ),
    );
    res.status(201).json(version);
  });

  router.post(
    '/programmes/:id/scope/versions/:number/agreements',
    async (req, res) => {
      const who = await caller(req);
      const { id } = req.params;
      const agreement = await audited(
        req,
        'scope-agreement',
        { programmeId: id, versionNumber: req.params.number },
        async () => {
          const number = Number(req.params.number);
          if (!Number.isInteger(number) || number < 1) {
            throw new InputError(
              'Invalid agreement: number: must be a scope version number',
            );
          }
          return scope.recordAgreement(
            id,
            number,
            parse(agreementCreateSchema, req.body, 'agreement'),
            who,
          );
        },
      );
      res.status(201).json(agreement);
    },
  );

  router.get('/scope/awaiting-my-agreement', async (req, res) => {
    res.json({ items: await scope.awaiting(await caller(req)) });
  });

  return router;
}
