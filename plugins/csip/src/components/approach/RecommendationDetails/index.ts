export { RecommendationDetails } from './RecommendationDetails';
export type { RecommendationDetailsProps } from './RecommendationDetails';
