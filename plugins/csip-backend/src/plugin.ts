import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { csipPermissions } from '@csip-coach/plugin-csip-common';
import { getAppliedMigration } from './database/applyDatabaseMigrations';
import { DatabaseActionStore } from './database/DatabaseActionStore';
import { DatabaseDecisionStore } from './database/DatabaseDecisionStore';
import { DatabaseProgrammeStore } from './database/DatabaseProgrammeStore';
import { DatabaseReviewStore } from './database/DatabaseReviewStore';
import { DatabaseScopeStore } from './database/DatabaseScopeStore';
import { seedDemoData } from './demo/seedDemoData';
import { readMaturityModel } from './maturity/readMaturityModel';
import { ProgrammeAuthorizer } from './permissions/ProgrammeAuthorizer';
import { programmeResourceRef, programmeRules } from './permissions/rules';
import { createRouter } from './router';
import { ActionService } from './services/ActionService';
import { ApproachService } from './services/ApproachService';
import { ProgrammeService } from './services/ProgrammeService';
import { ReviewService } from './services/ReviewService';
import { ScopeService } from './services/ScopeService';

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
        const programmeStore = await DatabaseProgrammeStore.create({
          database,
        });
        const decisionStore = await DatabaseDecisionStore.create({ database });
        const scopeStore = await DatabaseScopeStore.create({ database });
        const reviewStore = await DatabaseReviewStore.create({ database });
        const actionStore = await DatabaseActionStore.create({ database });
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
            decisionStore,
            scopeStore,
            reviewStore,
            actionStore,
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
        const programmes = ProgrammeService.create({
          programmes: programmeStore,
          decisions: decisionStore,
          scopes: scopeStore,
          authorizer,
        });

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            userInfo: deps.userInfo,
            auditor: deps.auditor,
            programmes,
            approach: ApproachService.create({
              decisions: decisionStore,
              programmes,
              authorizer,
            }),
            scope: ScopeService.create({
              programmes: programmeStore,
              programmeService: programmes,
              scopes: scopeStore,
              authorizer,
              notifications: deps.notifications,
              logger,
            }),
            reviews: ReviewService.create({
              model,
              reviews: reviewStore,
              scopes: scopeStore,
              programmeService: programmes,
            }),
            actions: ActionService.create({
              actions: actionStore,
              programmeService: programmes,
            }),
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
