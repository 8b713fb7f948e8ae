export { SustainIndicator } from './SustainIndicator';
export type { SustainIndicatorProps } from './SustainIndicator';
