export { ReviewFieldSection } from './ReviewFieldSection';
export type { ReviewFieldSectionProps } from './ReviewFieldSection';
