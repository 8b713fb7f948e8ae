export { MembershipHistory } from './MembershipHistory';
export type { MembershipHistoryProps } from './MembershipHistory';
