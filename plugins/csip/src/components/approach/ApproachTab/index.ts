export { ApproachTab } from './ApproachTab';
export type { ApproachTabProps } from './ApproachTab';
