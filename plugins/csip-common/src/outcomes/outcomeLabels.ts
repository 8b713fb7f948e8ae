import type { ClosureVerdict } from './closureSchema';
import type { KpiDirection } from './kpiSchema';

/** The words people see for a programme's closing verdict. @public */
export const CLOSURE_VERDICT_LABELS: Record<ClosureVerdict, string> = {
  successful: 'Successful',
  'partly-successful': 'Partly successful',
  withdrawn: 'Withdrawn',
};

/** The words people see for the better direction of a KPI. @public */
export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
  up: 'Higher is better',
  down: 'Lower is better',
};
