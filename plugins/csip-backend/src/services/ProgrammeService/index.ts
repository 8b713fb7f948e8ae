export { ProgrammeService } from './ProgrammeService';
