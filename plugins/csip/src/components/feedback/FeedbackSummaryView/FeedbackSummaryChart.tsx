import {
  FEEDBACK_SEVERITY_LABELS,
  type FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { chartLegend } from '../../status/chartLegend';
import { useChartWidth } from '../../status/useChartWidth';
import { visuallyHidden } from '../../status/visuallyHidden';
import {
  barrierLabel,
  describeSummaryChart,
  groupName,
} from '../feedbackWords';

/** The accessible name of the chart. @internal */
export const FEEDBACK_CHART_NAME = 'Mean severity per barrier, by organisation';

/** @internal */
export type FeedbackSummaryChartProps = {
  summary: FeedbackSummary;
  /** A fixed width in pixels, for print; otherwise it fills its container. */
  width?: number;
  /** Turn animation off, as for print. */
  skipAnimation?: boolean;
};

/**
 * The mean severity of each barrier as horizontal bars, one per group of
 * organisations (small ones folded into "Other organisations"), on a scale
 * from "Not a barrier" to "Severe". A figure named
 * {@link FEEDBACK_CHART_NAME}; screen readers get the values in words (the
 * table beside it has them too).
 *
 * @internal
 */
export const FeedbackSummaryChart = ({
  summary,
  width: fixedWidth,
  skipAnimation,
}: FeedbackSummaryChartProps) => {
  const theme = useTheme();
  const { ref, width } = useChartWidth<HTMLDivElement>(fixedWidth ?? 640);
  const groups = summary.organisations.map(g => g.organisation);
  const height = 60 + summary.barriers.length * (10 + groups.length * 10);
  return (
    <Box component="figure" aria-label={FEEDBACK_CHART_NAME} sx={{ m: 0 }}>
      <Box
        ref={ref}
        aria-hidden
        sx={{
          width: fixedWidth ?? '100%',
          '& text': { fontFamily: 'inherit' },
        }}
      >
        <BarChart
          layout="horizontal"
          width={fixedWidth ?? width}
          height={height}
          margin={{ top: 40, bottom: 28, left: 250, right: 16 }}
          skipAnimation={skipAnimation}
          yAxis={[
            {
              scaleType: 'band',
              data: summary.barriers.map(b => barrierLabel(b.barrier)),
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          xAxis={[
            {
              min: 0,
              max: 3,
              tickInterval: [0, 1, 2, 3],
              valueFormatter: (v: number) => FEEDBACK_SEVERITY_LABELS[v] ?? '',
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          series={groups.map(group => ({
            id: group,
            label: groupName(group),
            data: summary.barriers.map(
              b =>
                b.byOrganisation.find(g => g.organisation === group)
                  ?.meanSeverity ?? null,
            ),
          }))}
          slotProps={chartLegend(theme, 11)}
        />
      </Box>
      <Box component="figcaption" sx={visuallyHidden}>
        {describeSummaryChart(summary)}
      </Box>
    </Box>
  );
};
