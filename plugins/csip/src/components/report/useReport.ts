import { useCsipQuery, type CsipQuery } from '../../hooks/useCsipQuery';
import { loadReport, type ReportData } from './ProgrammeReport/loadReport';

/**
 * Everything a programme's printable report shows (see `loadReport`): fails
 * only when the programme itself cannot be loaded.
 *
 * @internal
 */
export function useReport(programmeId: string): CsipQuery<ReportData> {
  return useCsipQuery(api => loadReport(api, programmeId), [programmeId]);
}
