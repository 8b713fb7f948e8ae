export { programmeArchiveSchema } from './programmeArchiveSchema';
export type { ProgrammeArchive } from './programmeArchiveSchema';
