export { ProgrammeStatusSummary } from './ProgrammeStatusSummary';
export type {
  EntityProgrammeProps,
  ProgrammeStatusSummaryProps,
} from './ProgrammeStatusSummary';
export { ProgrammeTitleLink } from './ProgrammeTitleLink';
