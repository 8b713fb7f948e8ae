import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  agreementCreateSchema,
  decisionCreateSchema,
  formatIssues,
  Health,
  phaseTransitionRequestSchema,
  programmeCreateSchema,
  programmeListQuerySchema,
  programmeUpdateSchema,
  recommendApproach,
  recommendationRequestSchema,
  scopeVersionCreateSchema,
} from '@csip-coach/plugin-csip-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ApproachService } from './services/ApproachService';
import { ProgrammeService } from './services/ProgrammeService';
import { ScopeService } from './services/ScopeService';
import { Caller } from './services/types';

/** @internal */
export type RouterOptions = {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  programmes: ProgrammeService;
  approach: ApproachService;
  scope: ScopeService;
  health: () => Promise<Health>;
};

function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(formatIssues(`Invalid ${what}`, result.error));
  }
  return result.data;
}

/**
 * The HTTP API of the csip plugin, mounted at `/api/csip`.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, userInfo, auditor, programmes, approach, scope } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** The signed-in user, from Backstage credentials only (never the body). */
  async function caller(req: Request): Promise<Caller> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const info = await userInfo.getUserInfo(credentials);
    return { credentials, userRef: info.userEntityRef };
  }

  /** Runs a mutation inside an auditor event that records its outcome. */
  async function audited<T>(
    req: Request,
    eventId: string,
    meta: Record<string, string | undefined>,
    mutation: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await mutation();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  router.get('/health', async (_req, res) => {
    res.json(await options.health());
  });

  router.get('/programmes', async (req, res) => {
    const who = await caller(req);
    const query = parse(programmeListQuerySchema, req.query, 'query');
    res.json(await programmes.listProgrammes(query, who));
  });

  router.post('/programmes', async (req, res) => {
    const who = await caller(req);
    const programme = await audited(req, 'programme-create', {}, async () =>
      programmes.createProgramme(
        parse(programmeCreateSchema, req.body, 'programme'),
        who,
      ),
    );
    res.status(201).json(programme);
  });

  router.get('/programmes/:id', async (req, res) => {
    res.json(await programmes.getProgramme(req.params.id, await caller(req)));
  });

  router.patch('/programmes/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const programme = await audited(
      req,
      'programme-update',
      { programmeId: id },
      async () =>
        programmes.updateProgramme(
          id,
          parse(programmeUpdateSchema, req.body, 'programme update'),
          who,
        ),
    );
    res.json(programme);
  });

  router.get('/programmes/:id/phase', async (req, res) => {
    res.json(await programmes.getPhaseStatus(req.params.id, await caller(req)));
  });

  router.post('/programmes/:id/phase', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const programme = await audited(
      req,
      'programme-phase-change',
      { programmeId: id, to: req.body?.to },
      async () =>
        programmes.movePhase(
          id,
          parse(phaseTransitionRequestSchema, req.body, 'phase change'),
          who,
        ),
    );
    res.json(programme);
  });

  router.post('/approach/recommendation', async (req, res) => {
    await caller(req);
    const { answers } = parse(
      recommendationRequestSchema,
      req.body,
      'readiness answers',
    );
    res.json(recommendApproach(answers));
  });

  router.get('/programmes/:id/approach/decisions', async (req, res) => {
    const items = await approach.listDecisions(
      req.params.id,
      await caller(req),
    );
    res.json({ items });
  });

  router.post('/programmes/:id/approach/decisions', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const decision = await audited(
      req,
      'approach-decision',
      { programmeId: id },
      async () =>
        approach.recordDecision(
          id,
          parse(decisionCreateSchema, req.body, 'decision'),
          who,
        ),
    );
    res.status(201).json(decision);
  });

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
