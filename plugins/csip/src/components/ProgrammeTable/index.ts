export { ProgrammeTable } from './ProgrammeTable';
export type { ProgrammeTableProps } from './ProgrammeTable';
