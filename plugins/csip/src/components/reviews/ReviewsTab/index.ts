export { ReviewsTab } from './ReviewsTab';
export type { ReviewsTabProps } from './ReviewsTab';
