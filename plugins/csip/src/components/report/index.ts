/** The printable programme report. */
export { ProgrammeReport } from './ProgrammeReport/ProgrammeReport';
