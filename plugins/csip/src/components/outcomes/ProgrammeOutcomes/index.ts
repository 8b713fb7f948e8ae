export {
  ProgrammeOutcomes,
  type ProgrammeOutcomesProps,
} from './ProgrammeOutcomes';
