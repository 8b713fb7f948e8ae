import {
  CLOSURE_VERDICT_LABELS,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import {
  EmptyNote,
  ReportSection,
  ReportSubheading,
} from '../../report/ProgrammeReport/ReportSection';
import { LoadState } from '../../shared';
import { KpiCard } from '../KpiCard';
import { useKpis } from '../useKpis';

/** @internal */
export type OutcomesReportSectionProps = {
  programme: Pick<Programme, 'id' | 'closure'>;
};

/** The chart width on paper. */
const PRINT_WIDTH = 520;

/**
 * The printable report's section on outcomes: each outcome KPI with its
 * progress and readings (a chart at print width, and the same in words),
 * and, once the programme is closed, its verdict, outcome and lessons.
 *
 * @internal
 */
export const OutcomesReportSection = ({
  programme,
}: OutcomesReportSectionProps) => {
  const kpis = useKpis(programme.id);
  const { closure } = programme;
  return (
    <ReportSection id="csip-report-outcomes" title="Outcomes">
      {closure && (
        <div>
          <ReportSubheading>
            Closed: {CLOSURE_VERDICT_LABELS[closure.verdict]}
          </ReportSubheading>
          <Typography variant="body2" gutterBottom>
            Closed by {closure.closedBy} on {formatDateTime(closure.closedAt)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            <strong>Outcome:</strong> {closure.outcome}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            <strong>Lessons:</strong> {closure.lessons}
          </Typography>
        </div>
      )}
      <LoadState state={kpis} errorTitle="Could not load the outcome KPIs">
        {items =>
          items.length === 0 ? (
            <EmptyNote>No outcome KPIs in the current scope.</EmptyNote>
          ) : (
            <Stack spacing={2}>
              {items.map(kpi => (
                <KpiCard
                  key={kpi.id}
                  kpi={kpi}
                  headingLevel={4}
                  chartWidth={PRINT_WIDTH}
                />
              ))}
            </Stack>
          )
        }
      </LoadState>
    </ReportSection>
  );
};
