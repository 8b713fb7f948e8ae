export { ProgrammesEmptyState } from './ProgrammesEmptyState';
export type { ProgrammesEmptyStateProps } from './ProgrammesEmptyState';
