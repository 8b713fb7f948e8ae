export { LevelTrendChart } from './LevelTrendChart';
export type { LevelTrendChartProps } from './LevelTrendChart';
