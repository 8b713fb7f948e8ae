import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import type { MaturityModel } from '@csip-coach/plugin-csip-common';
import type { Stores } from '../database/createStores';
import { ProgrammeAuthorizer } from '../permissions/ProgrammeAuthorizer';
import { ActionService } from './ActionService';
import { ApproachService } from './ApproachService';
import { ArchiveService } from './ArchiveService';
import { ensureChecklist, HandoverService } from './HandoverService';
import { ProgrammeService } from './ProgrammeService';
import { ReviewService } from './ReviewService';
import { createStatusRefresher } from './refreshProgrammeStatus';
import { ScopeService } from './ScopeService';

/**
 * The services the router calls, wired to the stores: one place for the
 * plugin and the tests.
 *
 * @internal
 */
export function createServices(options: {
  stores: Stores;
  authorizer: ProgrammeAuthorizer;
  model: MaturityModel;
  notifications?: NotificationService;
  logger?: LoggerService;
}) {
  const { stores, authorizer, model } = options;
  const sources = {
    model,
    scopes: stores.scopes,
    reviews: stores.reviews,
    handover: stores.handover,
  };
  const programmes = ProgrammeService.create({
    programmes: stores.programmes,
    decisions: stores.decisions,
    scopes: stores.scopes,
    authorizer,
    handover: sources,
  });
  return {
    programmes,
    approach: ApproachService.create({
      decisions: stores.decisions,
      programmes,
      authorizer,
    }),
    scope: ScopeService.create({
      programmes: stores.programmes,
      programmeService: programmes,
      scopes: stores.scopes,
      authorizer,
      notifications: options.notifications,
      logger: options.logger,
      // The first scope creates the handover checklist; later versions add
      // the items of newly in-scope processes.
      onPublished: version =>
        ensureChecklist(
          version.programmeId,
          version.processes.map(p => p.process),
          sources,
        ),
    }),
    reviews: ReviewService.create({
      model,
      reviews: stores.reviews,
      scopes: stores.scopes,
      programmeService: programmes,
      authorizer,
    }),
    actions: ActionService.create({
      actions: stores.actions,
      programmeService: programmes,
      authorizer,
    }),
    handover: HandoverService.create({
      ...sources,
      programmeService: programmes,
      authorizer,
    }),
    refresher: createStatusRefresher({
      stores,
      sources,
      logger: options.logger,
    }),
    archives: ArchiveService.create({
      stores,
      archives: stores.archives,
      programmeService: programmes,
      authorizer,
    }),
  };
}
