export { CoachingTab } from './CoachingTab';
export type { CoachingTabProps } from './CoachingTab';
