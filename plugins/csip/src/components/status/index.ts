/**
 * Where a programme stands, drawn: levels against targets, the trend of a
 * process's level, the summit camps and the knowledge-transfer bar. Charts
 * use @mui/x-charts with the Backstage theme; each is named and has a text
 * alternative. `LevelMeter` and `SummitMeter` are their light forms for
 * table rows, plain elements and a small SVG without x-charts.
 */
export { LevelVsTargetChart } from './LevelVsTargetChart/LevelVsTargetChart';
export type { LevelVsTargetChartProps } from './LevelVsTargetChart/LevelVsTargetChart';
export { LevelVsTargetWords } from './LevelVsTargetChart/LevelVsTargetWords';
export type { LevelVsTargetWordsProps } from './LevelVsTargetChart/LevelVsTargetWords';
export { levelVsTargetRows } from './LevelVsTargetChart/levelVsTargetRows';
export type { LevelVsTargetRow } from './LevelVsTargetChart/levelVsTargetRows';
export { LevelTrendChart } from './LevelTrendChart/LevelTrendChart';
export type { LevelTrendChartProps } from './LevelTrendChart/LevelTrendChart';
export { SummitCamps } from './SummitCamps/SummitCamps';
export type { SummitCampsProps } from './SummitCamps/SummitCamps';
export {
  describeCamp,
  describeSummitInShort,
} from './SummitCamps/describeCamp';
export { SummitMeter } from './SummitMeter/SummitMeter';
export type { SummitMeterProps } from './SummitMeter/SummitMeter';
export { LevelMeter } from './LevelMeter/LevelMeter';
export type { LevelMeterProps } from './LevelMeter/LevelMeter';
export { KnowledgeTransferBar } from './KnowledgeTransferBar/KnowledgeTransferBar';
export type { KnowledgeTransferBarProps } from './KnowledgeTransferBar/KnowledgeTransferBar';
