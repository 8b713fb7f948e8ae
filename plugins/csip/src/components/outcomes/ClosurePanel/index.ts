export { ClosurePanel, type ClosurePanelProps } from './ClosurePanel';
