import { Config } from '@backstage/config';
import {
  BUILT_IN_MATURITY_MODEL,
  CAPABILITY_LEVELS,
  formatIssues,
  MaturityModel,
  processDefinitionSchema,
  RATING_LABELS,
  ratingSchema,
} from '@csip-coach/plugin-csip-common';

/**
 * The maturity model this portal uses: the built-in Change, Configuration
 * and Release processes plus any process an admin adds under
 * `csip.processes`. A bad entry stops the backend with a message that names
 * the offending fields, rather than reviews being recorded against it.
 *
 * @internal
 */
export function readMaturityModel(config: Config): MaturityModel {
  const configured = config.getOptionalConfigArray('csip.processes') ?? [];
  const processes = [...BUILT_IN_MATURITY_MODEL];
  configured.forEach((entry, index) => {
    const result = processDefinitionSchema.safeParse(entry.get());
    if (!result.success) {
      throw new Error(
        formatIssues(`Invalid csip.processes[${index}]`, result.error),
      );
    }
    if (processes.some(p => p.id === result.data.id)) {
      throw new Error(
        `Invalid csip.processes[${index}]: id: process '${result.data.id}' already exists`,
      );
    }
    processes.push(result.data);
  });
  return {
    levels: CAPABILITY_LEVELS.map(l => ({ ...l })),
    ratings: ratingSchema.options.map(value => ({
      value,
      label: RATING_LABELS[value],
    })),
    processes,
  };
}
