export { FeedbackReportSection } from './FeedbackReportSection';
export type { FeedbackReportSectionProps } from './FeedbackReportSection';
