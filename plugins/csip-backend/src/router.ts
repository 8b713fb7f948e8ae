import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Health } from '@csip-coach/plugin-csip-common';
import express from 'express';
import { actionRoutes } from './routes/actionRoutes';
import { approachRoutes } from './routes/approachRoutes';
import { archiveRoutes } from './routes/archiveRoutes';
import { handoverRoutes } from './routes/handoverRoutes';
import { meRoutes } from './routes/meRoutes';
import { portfolioRoutes } from './routes/portfolioRoutes';
import { programmeRoutes } from './routes/programmeRoutes';
import { reviewRoutes } from './routes/reviewRoutes';
import {
  createApiRouter,
  createRouteHelpers,
  requireJsonBody,
} from './routes/routeHelpers';
import { scopeRoutes } from './routes/scopeRoutes';
import { ActionService } from './services/ActionService';
import { ApproachService } from './services/ApproachService';
import { ArchiveService } from './services/ArchiveService';
import { HandoverService } from './services/HandoverService';
import { MyWorkService } from './services/MyWorkService';
import { PortfolioRollupService } from './services/PortfolioRollupService';
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
  myWork: MyWorkService;
  portfolioRollup: PortfolioRollupService;
  /** Refreshes a programme's portfolio status after a change. */
  refreshStatus?: (programmeId: string) => Promise<void>;
  health: () => Promise<Health>;
};

/**
 * The HTTP API of the csip plugin, mounted at `/api/csip`: every endpoint
 * of `csipEndpoints`, registered by the route groups in `routes/`.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const helpers = createRouteHelpers({
    ...options,
    onChanged: options.refreshStatus,
  });
  // Path ids and numbers are checked before any route sees them.
  const router = createApiRouter();
  // Mutating routes take JSON only (415 otherwise), then it is parsed.
  router.use(requireJsonBody);
  router.use(express.json({ limit: '1mb' }));

  router.use(
    programmeRoutes(helpers, {
      programmes: options.programmes,
      getModel: () => options.reviews.getModel(),
      health: options.health,
    }),
  );
  router.use(approachRoutes(helpers, options.approach));
  router.use(scopeRoutes(helpers, options.scope));
  router.use(reviewRoutes(helpers, options.reviews));
  router.use(actionRoutes(helpers, options.actions));
  router.use(handoverRoutes(helpers, options.handover));
  router.use(archiveRoutes(helpers, options.archives));
  router.use(meRoutes(helpers, options.myWork));
  router.use(portfolioRoutes(helpers, options.portfolioRollup));

  return router;
}
