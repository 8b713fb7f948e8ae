import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';

const CONFIG_KEY = 'search.collators.csip.schedule';

/** Every 10 minutes, a 15-minute timeout, 3 s after start. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 3 },
};

/** `search.collators.csip.schedule`, or the default schedule. */
export function readCsipCollatorSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const scheduleConfig = config.getOptionalConfig(CONFIG_KEY);
  if (!scheduleConfig) return DEFAULT_SCHEDULE;
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig);
  } catch (error) {
    throw new Error(`Invalid schedule at ${CONFIG_KEY}: ${error}`);
  }
}
