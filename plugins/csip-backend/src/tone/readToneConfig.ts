import { Config } from '@backstage/config';
import {
  formatIssues,
  toneConfigProblems,
  toneConfigSchema,
  type ToneConfig,
} from '@csip-coach/plugin-csip-common';

/**
 * The portal's additions to the tone guide, from `csip.tone`: extra phrases
 * and allow-listed terms. A bad entry stops the backend with a message that
 * names it, rather than the editor and the backend silently disagreeing.
 *
 * @internal
 */
export function readToneConfig(config: Config): ToneConfig {
  const raw = config.getOptional('csip.tone') ?? {};
  const result = toneConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(formatIssues('Invalid csip.tone', result.error));
  }
  const problems = toneConfigProblems(result.data);
  if (problems.length > 0) {
    throw new Error(`Invalid csip.tone: ${problems.join('; ')}`);
  }
  return result.data;
}
