export { LevelVsTargetChart } from './LevelVsTargetChart';
export type { LevelVsTargetChartProps } from './LevelVsTargetChart';
export { LevelVsTargetWords } from './LevelVsTargetWords';
export type { LevelVsTargetWordsProps } from './LevelVsTargetWords';
export { levelVsTargetRows } from './levelVsTargetRows';
export type { LevelVsTargetRow } from './levelVsTargetRows';
