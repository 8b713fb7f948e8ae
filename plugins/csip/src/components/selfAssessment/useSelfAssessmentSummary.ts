import type { SelfAssessmentSummary } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The team's self-assessment of one process in the current round (since
 * its last published review), with the signed-in user's own answer; nothing
 * while no process is given. `retry` loads it again, such as after an
 * answer was recorded.
 *
 * @internal
 */
export function useSelfAssessmentSummary(
  programmeId: string,
  process: string | undefined,
): CsipQuery<SelfAssessmentSummary | undefined> {
  return useCsipQuery(
    async api =>
      process ? api.getSelfAssessments(programmeId, { process }) : undefined,
    [programmeId, process],
  );
}
