export { SectionPanel } from './SectionPanel';
export type { SectionPanelProps } from './SectionPanel';
