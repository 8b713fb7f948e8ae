export { EntityProgrammeCoaching } from './EntityProgrammeCoaching';
export type { EntityProgrammeCoachingProps } from './EntityProgrammeCoaching';
