export { FeedbackSummaryView } from './FeedbackSummaryView';
export type { FeedbackSummaryViewProps } from './FeedbackSummaryView';
export {
  FEEDBACK_CHART_NAME,
  FeedbackSummaryChart,
} from './FeedbackSummaryChart';
export type { FeedbackSummaryChartProps } from './FeedbackSummaryChart';
export { FeedbackSummaryTable } from './FeedbackSummaryTable';
export type { FeedbackSummaryTableProps } from './FeedbackSummaryTable';
