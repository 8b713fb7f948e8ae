export { AnchorSection } from './AnchorSection';
export type { AnchorSectionProps } from './AnchorSection';
