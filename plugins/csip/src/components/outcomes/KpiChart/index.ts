export { KpiChart, type KpiChartProps } from './KpiChart';
