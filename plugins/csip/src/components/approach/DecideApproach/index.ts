export { DecideApproach } from './DecideApproach';
export type { DecideApproachProps } from './DecideApproach';
