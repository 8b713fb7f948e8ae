export { FeedbackTab } from './FeedbackTab';
export type { FeedbackTabProps } from './FeedbackTab';
export { RoundPanel } from './RoundPanel';
export type { RoundPanelProps } from './RoundPanel';
