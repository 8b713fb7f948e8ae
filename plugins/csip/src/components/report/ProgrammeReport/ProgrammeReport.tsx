import { Link } from '@backstage/core-components';
import { useRouteRef, useRouteRefParams } from '@backstage/frontend-plugin-api';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { programmeReportRouteRef, programmeRouteRef } from '../../../routes';
import { formatDateTime } from '../../../util/formatDate';
import { processName as builtInName } from '../../../util/labels';
import { LoadState, SpreadRow } from '../../shared';

import { ActionsSection } from './ActionsSection';
import { FeedbackReportSection } from '../../feedback/FeedbackReportSection';
import { HandoverSection } from './HandoverSection';
import type { ReportData } from './loadReport';
import { MaturitySection } from './MaturitySection';
import { OutcomesReportSection } from '../../outcomes/OutcomesReportSection';
import { PhaseHistorySection } from './PhaseHistorySection';
import { ProgrammeSection } from './ProgrammeSection';
import { ReviewsSection } from './ReviewsSection';
import { ScopeSection } from './ScopeSection';
import { useReport } from '../useReport';

const hiddenInPrint = { '@media print': { display: 'none' } } as const;

/** Process names from the maturity view, which knows configured processes. */
function processNames(data: ReportData) {
  const names = new Map<string, string>();
  if ('value' in data.maturity && data.maturity.value) {
    for (const p of data.maturity.value.processes) names.set(p.process, p.name);
  }
  return (id: string) => names.get(id) ?? builtInName(id);
}

/** The processes in scope, in the scope's order. */
function processesInScope(data: ReportData): string[] {
  if ('value' in data.scope && data.scope.value?.view.current) {
    return data.scope.value.view.current.processes.map(p => p.process);
  }
  if ('value' in data.maturity && data.maturity.value) {
    return data.maturity.value.processes
      .filter(p => p.inScope)
      .map(p => p.process);
  }
  return [];
}

const Report = ({ data }: { data: ReportData }) => {
  const { programme } = data;
  const processName = processNames(data);

  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    const previous = document.title;
    document.title = `${programme.title} — CSIP report`;
    return () => {
      document.title = previous;
    };
  }, [programme.title]);

  return (
    <Stack spacing={3} component="article" aria-labelledby="csip-report-title">
      <div>
        <Typography id="csip-report-title" variant="h4" component="h2">
          {programme.title}
        </Typography>
        <Typography variant="body2">
          Report generated on {formatDateTime(data.generatedAt)} by CSIP Coach
        </Typography>
      </div>
      <ProgrammeSection programme={programme} decisions={data.decisions} />
      <ScopeSection scope={data.scope} processName={processName} />
      <MaturitySection maturity={data.maturity} />
      <OutcomesReportSection programme={programme} />
      <ReviewsSection
        reviews={data.reviews}
        processes={processesInScope(data)}
        processName={processName}
      />
      <ActionsSection actions={data.actions} />
      <FeedbackReportSection programmeId={programme.id} />
      <HandoverSection handover={data.handover} processName={processName} />
      <PhaseHistorySection phase={data.phase} />
    </Stack>
  );
};

/**
 * A programme's printable report, for sponsors to read or save as PDF with
 * the browser's Print: what the programme is and its approach, the scope
 * and who agreed it, maturity per process with its trend, the latest
 * review of each process, the action register, the handover and the phase
 * history — all in words and tables, readable in black and white, with
 * charts of the levels against targets, each trend, the knowledge-transfer
 * score and the summit camps at a fixed width that prints. Only the
 * Print button and the link back to the programme are interactive, and
 * neither is printed.
 *
 * @internal
 */
export const ProgrammeReport = () => {
  const { programmeId } = useRouteRefParams(programmeReportRouteRef);
  const programmeLink = useRouteRef(programmeRouteRef);
  const report = useReport(programmeId);

  const body = (
    <LoadState state={report} errorTitle="Could not load the report">
      {data => <Report data={data} />}
    </LoadState>
  );

  return (
    <Box
      component="main"
      sx={{ p: 3, maxWidth: 1100, '@media print': { p: 0, maxWidth: 'none' } }}
    >
      <Stack spacing={2}>
        <SpreadRow sx={hiddenInPrint}>
          {programmeLink && (
            <Link
              to={programmeLink({ programmeId })}
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
            >
              <ArrowBackIcon fontSize="small" aria-hidden />
              Back to the programme
            </Link>
          )}
          <Button
            variant="contained"
            startIcon={<PrintIcon aria-hidden />}
            onClick={() => window.print()}
            disabled={!report.value}
          >
            Print
          </Button>
        </SpreadRow>
        {body}
      </Stack>
    </Box>
  );
};
