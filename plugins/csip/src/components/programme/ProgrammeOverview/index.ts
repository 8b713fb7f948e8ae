export { ProgrammeOverview } from './ProgrammeOverview';
export type { ProgrammeOverviewProps } from './ProgrammeOverview';
