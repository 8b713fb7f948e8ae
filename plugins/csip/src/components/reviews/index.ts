/** The reviews tab: maturity per process, the review editor and published reviews. */
export { ReviewsTab } from './ReviewsTab/ReviewsTab';
export type { ReviewsTabProps } from './ReviewsTab/ReviewsTab';
