export { SinceLastReview } from './SinceLastReview';
export type { SinceLastReviewProps } from './SinceLastReview';
