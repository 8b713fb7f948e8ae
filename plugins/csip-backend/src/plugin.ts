import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { csipPermissions } from '@csip-coach/plugin-csip-common';
import {
  getAppliedMigration,
  prepareSchedulerMigrations,
} from './database/applyDatabaseMigrations';
import { createStores } from './database/createStores';
import { readMaturityModel } from './maturity/readMaturityModel';
import { readToneConfig } from './tone/readToneConfig';
import { DatabaseReminderStore } from './reminders/DatabaseReminderStore';
import { readReminderConfig } from './reminders/readReminderConfig';
import { ReminderPreferencesService } from './reminders/ReminderPreferencesService';
import { readReviewCadenceDays } from './services/CoachingSummaryService';
import { ProgrammeAuthorizer } from './permissions/ProgrammeAuthorizer';
import { readDecisionCacheSeconds } from './permissions/ReadDecisionCache';
import { programmeResourceRef, programmeRules } from './permissions/rules';
import { createRouter } from './router';
import { createCatalogRefValidator } from './services/CatalogRefValidator';
import { createServices } from './services/createServices';
import { readImportMaxBodySize } from './services/ArchiveService/readImportMaxBodySize';
import { MyWorkService } from './services/MyWorkService';
import { PortfolioRollupService } from './services/PortfolioRollupService';
import { DatabasePortfolioSnapshotStore } from './database/DatabasePortfolioSnapshotStore';
import { scheduleStartupTasks } from './tasks/scheduleStartupTasks';

/**
 * The CSIP Coach backend plugin, served at `/api/csip`.
 *
 * @public
 */
export const csipPlugin = createBackendPlugin({
  pluginId: 'csip',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        userInfo: coreServices.userInfo,
        auditor: coreServices.auditor,
        database: coreServices.database,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
      },
      async init(deps) {
        const { config, database, logger, permissionsRegistry } = deps;
        // Migrations run once per process, here; several instances starting
        // together take turns on knex's migration lock.
        const stores = await createStores(database, { logger });
        const { programmes: programmeStore } = stores;
        const model = readMaturityModel(config);
        const tone = readToneConfig(config);
        const reminders = readReminderConfig(config);
        const reviewCadenceDays = readReviewCadenceDays(config);
        const importMaxBodySize = readImportMaxBodySize(config);
        const catalogRefs = createCatalogRefValidator({
          config,
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
        });
        const knex = await database.getClient();
        logger.info(
          `CSIP Coach database at migration ${
            (await getAppliedMigration(knex)) ?? 'none'
          }`,
        );

        permissionsRegistry.addResourceType({
          resourceRef: programmeResourceRef,
          permissions: csipPermissions,
          rules: Object.values(programmeRules),
          getResources: async ids =>
            Promise.all(ids.map(id => programmeStore.getProgramme(id))),
        });
        const authorizer = new ProgrammeAuthorizer({
          permissions: deps.permissions,
          ruleset:
            permissionsRegistry.getPermissionRuleset(programmeResourceRef),
          readDecisionCacheMs: readDecisionCacheSeconds(config) * 1000,
        });
        const snapshots = new DatabasePortfolioSnapshotStore(knex);
        const services = createServices({
          stores,
          authorizer,
          model,
          tone,
          reviewCadenceDays,
          catalogRefs,
          notifications: deps.notifications,
          logger,
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            userInfo: deps.userInfo,
            auditor: deps.auditor,
            // Writes recompute the status inside their own transaction.
            ...services,
            myWork: MyWorkService.create({
              store: stores.myWork,
              programmes: programmeStore,
              authorizer,
              scope: services.scope,
            }),
            reminderPreferences: ReminderPreferencesService.create({
              store: new DatabaseReminderStore(knex),
              delivery: reminders.delivery,
            }),
            portfolioRollup: PortfolioRollupService.create({
              programmes: services.programmes,
              snapshots,
              model,
              catalog: deps.catalog,
              auth: deps.auth,
              logger,
            }),
            health: async () => ({
              status: 'ok',
              migration: await getAppliedMigration(knex),
            }),
            importMaxBodySize,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });

        // Background work that must run once across instances: the status
        // backfill (missing or stale rows) and the demo data.
        if (!database.migrations?.skip) {
          await prepareSchedulerMigrations(knex, { logger });
        }
        await scheduleStartupTasks({
          scheduler: deps.scheduler,
          knex,
          model,
          logger,
          refresh: services.refresher.refreshMany,
          snapshots,
          reminders: { config: reminders, notifications: deps.notifications },
          demoData: config.getOptionalBoolean('csip.demoData') ?? false,
        });
      },
    });
  },
});
