/** Partnership feedback rounds: the twelve barriers, answers, summaries. */
export { FeedbackReportSection } from './FeedbackReportSection';
export type { FeedbackReportSectionProps } from './FeedbackReportSection';
export {
  FEEDBACK_CHART_NAME,
  FeedbackSummaryChart,
  FeedbackSummaryTable,
  FeedbackSummaryView,
} from './FeedbackSummaryView';
export type {
  FeedbackSummaryChartProps,
  FeedbackSummaryTableProps,
  FeedbackSummaryViewProps,
} from './FeedbackSummaryView';
export { FeedbackTab } from './FeedbackTab';
export type { FeedbackTabProps } from './FeedbackTab';
export { GiveFeedbackDialog } from './GiveFeedbackDialog';
export type { GiveFeedbackDialogProps } from './GiveFeedbackDialog';
export { MakeActionDialog } from './MakeActionDialog';
export type { MakeActionDialogProps } from './MakeActionDialog';
export { OpenRoundDialog } from './OpenRoundDialog';
export type { OpenRoundDialogProps } from './OpenRoundDialog';
export { useFeedbackRounds, useFeedbackSummary } from './useFeedback';
