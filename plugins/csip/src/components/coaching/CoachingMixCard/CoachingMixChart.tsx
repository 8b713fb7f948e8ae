import type { CoachingSummary } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { visuallyHidden } from '../../status/visuallyHidden';
import { useChartWidth } from '../../status/useChartWidth';

/** @internal */
export type CoachingMixChartProps = Pick<
  CoachingSummary,
  'inTheWork' | 'scheduled' | 'target'
>;

const moments = (n: number) => `${n} moment${n === 1 ? '' : 's'}`;

/** The bars in words, for screen readers. */
export function describeMixBars({
  inTheWork,
  scheduled,
  target,
}: CoachingMixChartProps): string {
  return `In the work: ${moments(inTheWork)}. Scheduled: ${moments(
    scheduled,
  )}. The aim is ${target} in the work for each scheduled one.`;
}

/**
 * The coaching mix as two small horizontal bars, moments in the work and
 * scheduled, each named on its axis (the bars share one colour, so nothing
 * rests on colour). The figure is named "Coaching mix" and carries the
 * counts in words for screen readers.
 *
 * @internal
 */
export const CoachingMixChart = (summary: CoachingMixChartProps) => {
  const theme = useTheme();
  const { ref, width } = useChartWidth<HTMLDivElement>(360);
  const most = Math.max(summary.inTheWork, summary.scheduled, 1);
  return (
    <Box component="figure" aria-label="Coaching mix" sx={{ m: 0 }}>
      <Box
        ref={ref}
        aria-hidden
        sx={{
          width: '100%',
          maxWidth: 480,
          '& text': { fontFamily: 'inherit' },
        }}
      >
        <BarChart
          layout="horizontal"
          width={Math.min(width, 480)}
          height={110}
          margin={{ top: 8, bottom: 28, left: 96, right: 16 }}
          yAxis={[
            {
              scaleType: 'band',
              data: ['In the work', 'Scheduled'],
              tickLabelStyle: { fontSize: 12 },
            },
          ]}
          xAxis={[
            {
              min: 0,
              max: most,
              tickMinStep: 1,
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          series={[
            {
              id: 'moments',
              label: 'Moments',
              data: [summary.inTheWork, summary.scheduled],
              color: theme.palette.primary.main,
            },
          ]}
          slotProps={{ legend: { hidden: true } }}
        />
      </Box>
      <Box component="figcaption" sx={visuallyHidden}>
        {describeMixBars(summary)}
      </Box>
    </Box>
  );
};
