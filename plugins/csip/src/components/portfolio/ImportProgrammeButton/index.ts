export { ImportProgrammeButton } from './ImportProgrammeButton';
