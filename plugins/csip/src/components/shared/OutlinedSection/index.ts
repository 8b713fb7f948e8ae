export { OutlinedSection } from './OutlinedSection';
export type { OutlinedSectionProps } from './OutlinedSection';
