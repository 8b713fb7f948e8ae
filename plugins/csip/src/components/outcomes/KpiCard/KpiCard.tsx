import { latestReading, type Kpi } from '@csip-coach/plugin-csip-common';
import AddchartOutlinedIcon from '@mui/icons-material/AddchartOutlined';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { formatDate } from '../../../util/formatDate';
import { PermittedButton } from '../../shared';
import {
  describeKpiTarget,
  describeProgress,
  formatKpiValue,
} from '../formatKpi';
import { KpiChart } from '../KpiChart';

/** @internal */
export type KpiCardProps = {
  kpi: Kpi;
  /** Whether the signed-in user may record a reading; no button without. */
  recordAccess?: ProgrammeActionAccess;
  onRecord?: () => void;
  /** The heading level of the KPI's name; 4 unless told. */
  headingLevel?: 3 | 4;
  /** For print: a fixed chart width, no animation. */
  chartWidth?: number;
};

/**
 * One outcome KPI: its name and objective, baseline → target and which way
 * is better, the latest reading, a progress bar with its figure in words,
 * the readings as a chart, and "Record a reading" for those who may.
 *
 * @internal
 */
export const KpiCard = ({
  kpi,
  recordAccess,
  onRecord,
  headingLevel = 4,
  chartWidth,
}: KpiCardProps) => {
  const nameId = `csip-kpi-${kpi.id}`;
  const latest = latestReading(kpi.readings);
  const progress = describeProgress(kpi);
  return (
    <Box
      component="article"
      aria-labelledby={nameId}
      sx={{ breakInside: 'avoid' }}
    >
      <Typography
        id={nameId}
        variant="subtitle2"
        component={`h${headingLevel}`}
      >
        {kpi.name}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        For “{kpi.objective}”
      </Typography>
      <Typography variant="body2">
        Baseline → target: {describeKpiTarget(kpi)}
      </Typography>
      <Typography variant="body2">
        {latest
          ? `Latest reading: ${formatKpiValue(
              latest.value,
              kpi.unit,
            )} on ${formatDate(latest.on)}`
          : 'No readings yet'}
      </Typography>
      {kpi.progress !== undefined && (
        <Stack direction="row" spacing={1} alignItems="center" sx={{ my: 1 }}>
          <LinearProgress
            variant="determinate"
            value={Math.round(kpi.progress * 100)}
            aria-label={`Progress of ${kpi.name}`}
            aria-valuetext={progress}
            sx={{ flex: 1, maxWidth: 320, height: 8, borderRadius: 1 }}
          />
          <Typography variant="body2">{progress}</Typography>
        </Stack>
      )}
      {kpi.readings.length > 0 && (
        <KpiChart
          kpi={kpi}
          width={chartWidth}
          skipAnimation={chartWidth !== undefined}
        />
      )}
      {recordAccess && onRecord && (
        <PermittedButton
          access={recordAccess}
          reasonId={`${nameId}-record-reason`}
          variant="outlined"
          size="small"
          startIcon={<AddchartOutlinedIcon aria-hidden />}
          aria-describedby={nameId}
          onClick={onRecord}
          sx={{ mt: 1 }}
        >
          Record a reading
        </PermittedButton>
      )}
    </Box>
  );
};
