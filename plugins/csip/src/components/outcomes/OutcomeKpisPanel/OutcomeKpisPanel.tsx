import type { Kpi, Programme } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { LoadState } from '../../shared';
import { KpiCard } from '../KpiCard';
import { RecordReadingDialog } from '../RecordReadingDialog';
import { useKpis } from '../useKpis';

/** @internal */
export type OutcomeKpisPanelProps = {
  programme: Programme;
};

const HEADING_ID = 'csip-outcome-kpis';

/**
 * "Outcome KPIs" on the programme's overview: the KPIs of the current
 * scope version, beside the maturity levels, each with its progress and
 * readings; sponsors, leads and coaches record readings here. Without KPIs
 * it says where to add them.
 *
 * @internal
 */
export const OutcomeKpisPanel = ({ programme }: OutcomeKpisPanelProps) => {
  const kpis = useKpis(programme.id);
  const recordAccess = useProgrammeAction('recordKpiReading', programme);
  const [recording, setRecording] = useState<Kpi>();
  return (
    <Box component="section" aria-labelledby={HEADING_ID} sx={{ mb: 3 }}>
      <Typography
        id={HEADING_ID}
        variant="subtitle1"
        component="h3"
        gutterBottom
      >
        Outcome KPIs
      </Typography>
      <LoadState state={kpis} errorTitle="Could not load the outcome KPIs">
        {items =>
          items.length ? (
            <Stack spacing={3}>
              {items.map(kpi => (
                <KpiCard
                  key={kpi.id}
                  kpi={kpi}
                  recordAccess={recordAccess}
                  onRecord={() => setRecording(kpi)}
                />
              ))}
            </Stack>
          ) : (
            <Typography variant="body2" color="text.secondary">
              No outcome KPIs yet. Give an objective a KPI (a baseline and a
              target) when you next publish the scope, to show progress toward
              the business outcome beside the maturity levels.
            </Typography>
          )
        }
      </LoadState>
      {recording && (
        <RecordReadingDialog
          programmeId={programme.id}
          kpi={recording}
          onClose={() => setRecording(undefined)}
          onRecorded={() => {
            setRecording(undefined);
            kpis.retry();
          }}
        />
      )}
    </Box>
  );
};
