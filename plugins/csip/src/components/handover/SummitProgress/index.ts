export { SummitProgress } from './SummitProgress';
export type { SummitProgressProps } from './SummitProgress';
