import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { csipPermissions } from '@csip-coach/plugin-csip-common';
import { getAppliedMigration } from './database/applyDatabaseMigrations';
import { createStores } from './database/createStores';
import { seedDemoData } from './demo/seedDemoData';
import { readMaturityModel } from './maturity/readMaturityModel';
import { ProgrammeAuthorizer } from './permissions/ProgrammeAuthorizer';
import { programmeResourceRef, programmeRules } from './permissions/rules';
import { createRouter } from './router';
import { createServices } from './services/createServices';

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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        userInfo: coreServices.userInfo,
        auditor: coreServices.auditor,
        database: coreServices.database,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        notifications: notificationService,
      },
      async init(deps) {
        const { config, database, logger, permissionsRegistry } = deps;
        const stores = await createStores(database);
        const { programmes: programmeStore } = stores;
        const model = readMaturityModel(config);
        const knex = await database.getClient();
        logger.info(
          `CSIP Coach database at migration ${
            (await getAppliedMigration(knex)) ?? 'none'
          }`,
        );

        if (config.getOptionalBoolean('csip.demoData')) {
          await seedDemoData({
            knex,
            programmeStore,
            decisionStore: stores.decisions,
            scopeStore: stores.scopes,
            reviewStore: stores.reviews,
            actionStore: stores.actions,
            handoverStore: stores.handover,
            model,
            logger,
          });
        }

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
        });
        const services = createServices({
          stores,
          authorizer,
          model,
          notifications: deps.notifications,
          logger,
        });
        // Programmes from before the portfolio status existed (or whose
        // refresh failed) get theirs in the background.
        services.refresher
          .backfill()
          .then(count => {
            if (count)
              logger.info(`Computed the status of ${count} programmes`);
          })
          .catch(error =>
            logger.warn(`Could not compute programme statuses: ${error}`),
          );
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            userInfo: deps.userInfo,
            auditor: deps.auditor,
            ...services,
            refreshStatus: services.refresher.refresh,
            health: async () => ({
              status: 'ok',
              migration: await getAppliedMigration(knex),
            }),
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
