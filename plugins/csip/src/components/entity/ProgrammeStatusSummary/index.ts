export { ProgrammeStatusSummary } from './ProgrammeStatusSummary';
export type { ProgrammeStatusSummaryProps } from './ProgrammeStatusSummary';
export { ProgrammeTitleLink } from './ProgrammeTitleLink';
