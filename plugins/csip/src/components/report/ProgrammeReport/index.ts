export { ProgrammeReport } from './ProgrammeReport';
