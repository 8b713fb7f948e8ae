import type { Programme } from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * One programme. When the caller has it already (`known`), that is the
 * value and nothing is loaded.
 *
 * @internal
 */
export function useProgramme(
  programmeId: string,
  known?: Programme,
): CsipQuery<Programme> {
  return useCsipQuery(
    async api => known ?? api.getProgramme(programmeId),
    [known, programmeId],
  );
}
