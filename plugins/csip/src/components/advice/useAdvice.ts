import type { AdviceEntry } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's advice log: every growth suggestion of its published
 * reviews (amendments in place of what they amend), newest review first,
 * each with the team's latest response and how many it recorded. `retry`
 * loads it again, such as after a response.
 *
 * @internal
 */
export function useAdvice(programmeId: string): CsipQuery<AdviceEntry[]> {
  return useCsipQuery(
    async api => (await api.listAdvice(programmeId)).items,
    [programmeId],
  );
}
