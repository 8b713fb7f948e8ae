export { HandoverTab } from './HandoverTab';
export type { HandoverTabProps } from './HandoverTab';
