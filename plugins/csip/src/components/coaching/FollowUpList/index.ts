export { FollowUpList } from './FollowUpList';
export type { FollowUpListProps } from './FollowUpList';
export { FollowUpStatusChip } from './FollowUpStatusChip';
