import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { CsipCollatorFactory } from './collators';
import { readCsipCollatorSchedule } from './config';

/**
 * Adds CSIP programmes to the Backstage search index.
 *
 * @public
 */
export const searchModuleCsipCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'csip-collator',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        discovery,
        auth,
        scheduler,
        logger,
        indexRegistry,
      }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readCsipCollatorSchedule(config),
          ),
          factory: CsipCollatorFactory.fromConfig(config, {
            discovery,
            auth,
            logger,
          }),
        });
      },
    });
  },
});
