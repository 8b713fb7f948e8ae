export { ProgrammesEmptyState } from './ProgrammesEmptyState';
