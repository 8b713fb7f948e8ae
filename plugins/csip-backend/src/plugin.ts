import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { getAppliedMigration } from './database/applyDatabaseMigrations';
import { DatabaseProgrammeStore } from './database/DatabaseProgrammeStore';
import { createRouter } from './router';
import { ProgrammeService } from './services/ProgrammeService';

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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        userInfo: coreServices.userInfo,
        auditor: coreServices.auditor,
        database: coreServices.database,
        logger: coreServices.logger,
      },
      async init({
        httpAuth,
        httpRouter,
        userInfo,
        auditor,
        database,
        logger,
      }) {
        const store = await DatabaseProgrammeStore.create({ database });
        const knex = await database.getClient();
        const migration = await getAppliedMigration(knex);
        logger.info(`CSIP Coach database at migration ${migration ?? 'none'}`);

        httpRouter.use(
          await createRouter({
            httpAuth,
            userInfo,
            auditor,
            programmes: ProgrammeService.create({ store }),
            health: async () => ({
              status: 'ok',
              migration: await getAppliedMigration(knex),
            }),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
