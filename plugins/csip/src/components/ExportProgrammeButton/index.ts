export { ExportProgrammeButton } from './ExportProgrammeButton';
