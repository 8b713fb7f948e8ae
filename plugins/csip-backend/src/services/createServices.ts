import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DEFAULT_REVIEW_CADENCE_DAYS,
  type MaturityModel,
  type ToneConfig,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../database/createStores';
import { ProgrammeAuthorizer } from '../permissions/ProgrammeAuthorizer';
import { ActionService } from './ActionService';
import { AdviceService } from './AdviceService';
import { ApproachService } from './ApproachService';
import { ArchiveService } from './ArchiveService';
import { CatalogRefValidator } from './CatalogRefValidator';
import { CoachingSummaryService } from './CoachingSummaryService';
import { FeedbackService } from './FeedbackService';
import { HandoverService } from './HandoverService';
import { MomentService } from './MomentService';
import { OutcomeService } from './OutcomeService';
import { ProgrammeService } from './ProgrammeService';
import { ProgrammeWriter } from './ProgrammeWriter';
import { ReviewService } from './ReviewService';
import { createStatusRefresher } from './refreshProgrammeStatus';
import { ScopeService } from './ScopeService';
import { SelfAssessmentService } from './SelfAssessmentService';

/**
 * The services the router calls, wired to the stores: one place for the
 * plugin and the tests. Every write of a programme goes through one
 * ProgrammeWriter (one locked transaction, status recomputed inside it).
 *
 * @internal
 */
export function createServices(options: {
  stores: Stores;
  authorizer: ProgrammeAuthorizer;
  model: MaturityModel;
  /** The portal's `csip.tone` additions to the tone guide. */
  tone?: ToneConfig;
  /** Checks the owner and member refs of programme writes. */
  catalogRefs: CatalogRefValidator;
  notifications?: NotificationService;
  /** `csip.sustain.reviewCadenceDays`; DEFAULT_REVIEW_CADENCE_DAYS by default. */
  reviewCadenceDays?: number;
  logger?: LoggerService;
}) {
  const { stores, authorizer, model, catalogRefs } = options;
  const reviewCadenceDays =
    options.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS;
  const writer = new ProgrammeWriter(stores, model, { reviewCadenceDays });
  const sources = {
    model,
    scopes: stores.scopes,
    reviews: stores.reviews,
    handover: stores.handover,
  };
  const programmes = ProgrammeService.create({
    stores,
    writer,
    authorizer,
    model,
    catalogRefs,
  });
  return {
    programmes,
    approach: ApproachService.create({
      decisions: stores.decisions,
      programmes,
      authorizer,
      writer,
    }),
    scope: ScopeService.create({
      programmes: stores.programmes,
      programmeService: programmes,
      scopes: stores.scopes,
      authorizer,
      writer,
      model,
      notifications: options.notifications,
      logger: options.logger,
    }),
    reviews: ReviewService.create({
      model,
      tone: options.tone,
      reviews: stores.reviews,
      scopes: stores.scopes,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    actions: ActionService.create({
      actions: stores.actions,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    advice: AdviceService.create({
      advice: stores.advice,
      reviews: stores.reviews,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    coaching: CoachingSummaryService.create({
      moments: stores.moments,
      advice: stores.advice,
      reviews: stores.reviews,
      programmes: stores.programmes,
      programmeService: programmes,
      reviewCadenceDays,
    }),
    moments: MomentService.create({
      moments: stores.moments,
      programmeService: programmes,
      authorizer,
      writer,
      model,
      catalogRefs,
    }),
    feedback: FeedbackService.create({
      feedback: stores.feedback,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    outcomes: OutcomeService.create({
      outcomes: stores.outcomes,
      scopes: stores.scopes,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    selfAssessments: SelfAssessmentService.create({
      selfAssessments: stores.selfAssessments,
      reviews: stores.reviews,
      programmeService: programmes,
      authorizer,
      writer,
      model,
    }),
    handover: HandoverService.create({
      ...sources,
      programmeService: programmes,
      authorizer,
      writer,
    }),
    refresher: createStatusRefresher({
      writer,
      logger: options.logger,
    }),
    archives: ArchiveService.create({
      stores,
      archives: stores.archives,
      programmeService: programmes,
      authorizer,
      writer,
      catalogRefs,
    }),
  };
}
