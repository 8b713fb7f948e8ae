/** One programme's page: overview, phase, members and the tabs of the other features. */
export { ProgrammePage } from './ProgrammePage/ProgrammePage';
export { CreateProgrammeDialog } from './CreateProgrammeDialog/CreateProgrammeDialog';
