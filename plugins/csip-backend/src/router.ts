import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Health } from '@csip-coach/plugin-csip-common';
import express from 'express';
import { actionRoutes } from './routes/actionRoutes';
import { adviceRoutes } from './routes/adviceRoutes';
import { approachRoutes } from './routes/approachRoutes';
import { archiveRoutes, importBodyParser } from './routes/archiveRoutes';
import { feedbackRoutes } from './routes/feedbackRoutes';
import { handoverRoutes } from './routes/handoverRoutes';
import { meRoutes } from './routes/meRoutes';
import { momentRoutes } from './routes/momentRoutes';
import { outcomeRoutes } from './routes/outcomeRoutes';
import { portfolioRoutes } from './routes/portfolioRoutes';
import { programmeRoutes } from './routes/programmeRoutes';
import { reminderRoutes } from './routes/reminderRoutes';
import { reviewRoutes } from './routes/reviewRoutes';
import {
  createApiRouter,
  createRouteHelpers,
  requireJsonBody,
} from './routes/routeHelpers';
import { scopeRoutes } from './routes/scopeRoutes';
import { selfAssessmentRoutes } from './routes/selfAssessmentRoutes';
import { ActionService } from './services/ActionService';
import { AdviceService } from './services/AdviceService';
import { ApproachService } from './services/ApproachService';
import { ArchiveService } from './services/ArchiveService';
import { CoachingSummaryService } from './services/CoachingSummaryService';
import { FeedbackService } from './services/FeedbackService';
import { HandoverService } from './services/HandoverService';
import { MomentService } from './services/MomentService';
import { OutcomeService } from './services/OutcomeService';
import { MyWorkService } from './services/MyWorkService';
import { PortfolioRollupService } from './services/PortfolioRollupService';
import { ProgrammeService } from './services/ProgrammeService';
import { ReminderPreferencesService } from './reminders/ReminderPreferencesService';
import { ReviewService } from './services/ReviewService';
import { ScopeService } from './services/ScopeService';
import { SelfAssessmentService } from './services/SelfAssessmentService';

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
  /** Coaching moments and follow-ups. */
  moments: MomentService;
  /** Outcome KPIs and closing programmes. */
  outcomes: OutcomeService;
  advice: AdviceService;
  coaching: CoachingSummaryService;
  /** Partnership feedback rounds. */
  feedback: FeedbackService;
  handover: HandoverService;
  /** Team self-assessment before reviews. */
  selfAssessments: SelfAssessmentService;
  archives: ArchiveService;
  myWork: MyWorkService;
  /** How the signed-in user gets reminders (`/me/reminders`). */
  reminderPreferences: ReminderPreferencesService;
  portfolioRollup: PortfolioRollupService;
  /** Refreshes a programme's portfolio status after a change. */
  refreshStatus?: (programmeId: string) => Promise<void>;
  health: () => Promise<Health>;
  /** The largest body `POST /import` takes, in bytes (`csip.import.maxBodySize`); 50 MB by default. */
  importMaxBodySize?: number;
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
  // An export to import carries a programme's whole history: its own limit.
  router.use(importBodyParser(options.importMaxBodySize));
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
  router.use(momentRoutes(helpers, options.moments));
  router.use(outcomeRoutes(helpers, options.outcomes));
  router.use(
    adviceRoutes(helpers, {
      advice: options.advice,
      coaching: options.coaching,
    }),
  );
  router.use(handoverRoutes(helpers, options.handover));
  router.use(selfAssessmentRoutes(helpers, options.selfAssessments));
  router.use(feedbackRoutes(helpers, options.feedback));
  router.use(archiveRoutes(helpers, options.archives));
  router.use(meRoutes(helpers, options.myWork));
  router.use(reminderRoutes(helpers, options.reminderPreferences));
  router.use(portfolioRoutes(helpers, options.portfolioRollup));

  return router;
}
