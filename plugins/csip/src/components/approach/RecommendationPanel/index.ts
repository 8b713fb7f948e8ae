export { RecommendationPanel } from './RecommendationPanel';
export type { RecommendationPanelProps } from './RecommendationPanel';
