import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  decisionCreateSchema,
  Health,
  phaseTransitionRequestSchema,
  programmeCreateSchema,
  programmeListQuerySchema,
  programmeUpdateSchema,
  recommendApproach,
  recommendationRequestSchema,
} from '@csip-coach/plugin-csip-common';
import express from 'express';
import { actionRoutes } from './routes/actionRoutes';
import { portfolioCsv } from './routes/portfolioCsv';
import { archiveRoutes } from './routes/archiveRoutes';
import { handoverRoutes } from './routes/handoverRoutes';
import { membershipRoutes } from './routes/membershipRoutes';
import { reviewRoutes } from './routes/reviewRoutes';
import {
  createApiRouter,
  createRouteHelpers,
  fieldNames,
  parse,
  requireJsonBody,
} from './routes/routeHelpers';
import { scopeRoutes } from './routes/scopeRoutes';
import { ActionService } from './services/ActionService';
import { ApproachService } from './services/ApproachService';
import { ArchiveService } from './services/ArchiveService';
import { HandoverService } from './services/HandoverService';
import { ProgrammeService } from './services/ProgrammeService';
import { ReviewService } from './services/ReviewService';
import { ScopeService } from './services/ScopeService';

/** @internal */
export type RouterOptions = {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  programmes: ProgrammeService;
  approach: ApproachService;
  scope: ScopeService;
  reviews: ReviewService;
  actions: ActionService;
  handover: HandoverService;
  archives: ArchiveService;
  /** Refreshes a programme's portfolio status after a change. */
  refreshStatus?: (programmeId: string) => Promise<void>;
  health: () => Promise<Health>;
};

/**
 * The HTTP API of the csip plugin, mounted at `/api/csip`.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { programmes, approach } = options;
  const helpers = createRouteHelpers({
    ...options,
    onChanged: options.refreshStatus,
  });
  const { caller, audited, validBody } = helpers;
  // Path ids and numbers are checked before any route sees them.
  const router = createApiRouter();
  // Mutating routes take JSON only (415 otherwise), then it is parsed.
  router.use(requireJsonBody);
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', async (_req, res) => {
    res.json(await options.health());
  });

  router.get('/programmes', async (req, res) => {
    // Services may list too (e.g. a search collator), under the read policy.
    const credentials = await options.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parse(programmeListQuerySchema, req.query, 'query');
    res.json(
      await programmes.listProgrammes(query, { credentials, userRef: '' }),
    );
  });

  /** The portfolio under the same filters and sort, as CSV. */
  router.get('/programmes.csv', async (req, res) => {
    const who = await caller(req);
    const {
      limit: _limit,
      cursor: _cursor,
      ...query
    } = parse(programmeListQuerySchema, req.query, 'query');
    const items = await programmes.listAllProgrammes(query, who);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="csip-portfolio.csv"',
    );
    res.send(portfolioCsv(items, options.reviews.getModel()));
  });

  router.post('/programmes', async (req, res) => {
    const who = await caller(req);
    const input = await validBody(
      req,
      'programme-create',
      {},
      programmeCreateSchema,
      'programme',
    );
    const programme = await audited(req, 'programme-create', {}, async () =>
      programmes.createProgramme(input, who),
    );
    res.status(201).json(programme);
  });

  router.get('/programmes/:id', async (req, res) => {
    res.json(await programmes.getProgramme(req.params.id, await caller(req)));
  });

  router.patch('/programmes/:id', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'programme-update',
      { programmeId: id },
      programmeUpdateSchema,
      'programme update',
    );
    const programme = await audited(
      req,
      'programme-update',
      { programmeId: id, fields: fieldNames(input) },
      async () => programmes.updateProgramme(id, input, who),
    );
    res.json(programme);
  });

  router.get('/programmes/:id/phase', async (req, res) => {
    res.json(await programmes.getPhaseStatus(req.params.id, await caller(req)));
  });

  router.post('/programmes/:id/phase', async (req, res) => {
    const who = await caller(req);
    const { id } = req.params;
    const input = await validBody(
      req,
      'programme-phase-change',
      { programmeId: id },
      phaseTransitionRequestSchema,
      'phase change',
    );
    const programme = await audited(
      req,
      'programme-phase-change',
      { programmeId: id, to: input.to },
      async () => programmes.movePhase(id, input, who),
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
    const input = await validBody(
      req,
      'approach-decision',
      { programmeId: id },
      decisionCreateSchema,
      'decision',
    );
    const decision = await audited(
      req,
      'approach-decision',
      { programmeId: id, approach: input.approach },
      async () => approach.recordDecision(id, input, who),
    );
    res.status(201).json(decision);
  });

  router.use(membershipRoutes(helpers, programmes));
  router.use(scopeRoutes(helpers, options.scope));
  router.use(reviewRoutes(helpers, options.reviews));
  router.use(actionRoutes(helpers, options.actions));
  router.use(handoverRoutes(helpers, options.handover));
  router.use(archiveRoutes(helpers, options.archives));

  return router;
}
