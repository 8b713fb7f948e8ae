/** The approach tab: readiness questions, the recommendation and recorded decisions. */
export { ApproachTab } from './ApproachTab/ApproachTab';
export type { ApproachTabProps } from './ApproachTab/ApproachTab';
