import { Config } from '@backstage/config';
import {
  BUILT_IN_MATURITY_MODEL,
  CAPABILITY_LEVELS,
  formatIssues,
  MaturityModel,
  ProcessDefinition,
  processConfigSchema,
  questionOverridesSchema,
  RATING_LABELS,
  ratingSchema,
} from '@csip-coach/plugin-csip-common';

/**
 * The maturity model this portal uses: the built-in Change, Configuration
 * and Release processes plus any process an admin adds under
 * `csip.processes`, with the coaching questions of `csip.questions` in place
 * of those of the criteria they name. A bad entry stops the backend with a
 * message that names the offending fields, rather than reviews being
 * recorded against it.
 *
 * @internal
 */
export function readMaturityModel(config: Config): MaturityModel {
  const configured = config.getOptionalConfigArray('csip.processes') ?? [];
  const processes = [...BUILT_IN_MATURITY_MODEL];
  configured.forEach((entry, index) => {
    const result = processConfigSchema.safeParse(entry.get());
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
    processes: withQuestionOverrides(
      processes,
      config.getOptional('csip.questions'),
    ),
  };
}

/**
 * The processes with the questions of every criterion that `csip.questions`
 * names replaced by the ones given there. Refuses a malformed list and a
 * criterion id that is in none of the processes.
 */
function withQuestionOverrides(
  processes: ProcessDefinition[],
  configured: unknown,
): ProcessDefinition[] {
  if (configured === undefined) return processes;
  const result = questionOverridesSchema.safeParse(configured);
  if (!result.success) {
    throw new Error(formatIssues('Invalid csip.questions', result.error));
  }
  const overrides = new Map(result.data.map(o => [o.criterionId, o.questions]));
  const known = new Set(processes.flatMap(p => p.criteria.map(c => c.id)));
  const unknown = result.data
    .map((o, index) => ({ id: o.criterionId, index }))
    .filter(o => !known.has(o.id))
    .map(
      o =>
        `${o.index}.criterionId: no criterion '${o.id}' in the maturity model`,
    );
  if (unknown.length > 0) {
    throw new Error(`Invalid csip.questions: ${unknown.join('; ')}`);
  }
  return processes.map(process => ({
    ...process,
    criteria: process.criteria.map(criterion => ({
      ...criterion,
      questions: overrides.get(criterion.id) ?? criterion.questions,
    })),
  }));
}
