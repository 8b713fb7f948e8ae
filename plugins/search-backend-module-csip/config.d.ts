import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * The CSIP Coach search collator
       * (`@csip-coach/plugin-search-backend-module-csip`).
       */
      csip?: {
        /**
         * How often to index CSIP programmes. Defaults to every 10 minutes,
         * with a 15-minute timeout and a 3-second initial delay.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Where a programme's search result links to; `:id` is replaced by
         * the programme id. Defaults to `/csip/programmes/:id`; change it if
         * the portal mounts the CSIP page somewhere other than `/csip`.
         */
        locationTemplate?: string;
      };
    };
  };
}
