import type { Kpi } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import { formatDate } from '../../../util/formatDate';
import { chartLegend } from '../../status/chartLegend';
import { useChartWidth } from '../../status/useChartWidth';
import { visuallyHidden } from '../../status/visuallyHidden';
import { describeReadings, formatKpiValue } from '../formatKpi';

/** @internal */
export type KpiChartProps = {
  kpi: Pick<
    Kpi,
    'name' | 'unit' | 'baseline' | 'target' | 'direction' | 'readings'
  >;
  /** A fixed width in pixels, for print; otherwise it fills its container. */
  width?: number;
  height?: number;
  /** Turn animation off, as for print. */
  skipAnimation?: boolean;
};

const FALLBACK_WIDTH = 320;
const DAY = 24 * 60 * 60 * 1000;

const time = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

/** A dashed horizontal line at `y`, labelled at its end. */
const referenceLine = (
  y: number,
  label: string,
  style: { stroke: string; dash: string; text: string },
) => (
  <ChartsReferenceLine
    y={y}
    label={label}
    labelAlign="end"
    lineStyle={{ stroke: style.stroke, strokeDasharray: style.dash }}
    labelStyle={{ fontSize: 11, fill: style.text }}
  />
);

/**
 * A KPI's readings over time as a line, dated on the x axis, with its
 * baseline and target as labelled reference lines. Screen readers get the
 * readings, baseline and target in words (a visually hidden list), which
 * the figure is named by; the drawing itself is hidden from them.
 *
 * @internal
 */
export const KpiChart = ({
  kpi,
  width: fixedWidth,
  height = 180,
  skipAnimation,
}: KpiChartProps) => {
  const theme = useTheme();
  const { ref, width: measured } = useChartWidth<HTMLDivElement>(
    fixedWidth ?? FALLBACK_WIDTH,
  );
  const dates = kpi.readings.map(r => time(r.on));
  const values = kpi.readings.map(r => r.value);
  const all = [...values, kpi.baseline, kpi.target];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const pad = (high - low || Math.abs(high) || 1) * 0.1;
  const first = dates[0]?.getTime() ?? Date.now();
  const last = dates[dates.length - 1]?.getTime() ?? first;
  const format = (value: number | null) =>
    value === null ? '' : formatKpiValue(value, kpi.unit);

  return (
    <Box
      component="figure"
      aria-label={`Readings of ${kpi.name}`}
      sx={{ m: 0, width: fixedWidth ?? '100%' }}
    >
      <Box ref={ref} aria-hidden sx={{ '& text': { fontFamily: 'inherit' } }}>
        <LineChart
          width={fixedWidth ?? measured}
          height={height}
          margin={{ top: 32, right: 72, bottom: 28, left: 56 }}
          skipAnimation={skipAnimation}
          xAxis={[
            {
              scaleType: 'time',
              data: dates,
              min: new Date(first - (first === last ? 14 * DAY : 0)),
              max: new Date(last + (first === last ? 14 * DAY : 0)),
              tickInterval: dates,
              valueFormatter: (date: Date) => formatDate(date.toISOString()),
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          yAxis={[
            {
              min: low - pad,
              max: high + pad,
              valueFormatter: (v: number) => formatKpiValue(v, kpi.unit),
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          series={[
            {
              id: 'readings',
              label: kpi.name,
              data: values,
              color: theme.palette.primary.main,
              valueFormatter: format,
            },
          ]}
          slotProps={chartLegend(theme, 11)}
        >
          {referenceLine(kpi.baseline, 'Baseline', {
            stroke: theme.palette.text.secondary,
            dash: '2 4',
            text: theme.palette.text.secondary,
          })}
          {referenceLine(kpi.target, 'Target', {
            stroke: theme.palette.success.main,
            dash: '6 4',
            text: theme.palette.text.primary,
          })}
        </LineChart>
      </Box>
      <Box component="figcaption" sx={visuallyHidden}>
        {kpi.name}: {describeReadings(kpi)}
      </Box>
    </Box>
  );
};
