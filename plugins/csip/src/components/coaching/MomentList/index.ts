export { describeContext, MomentList } from './MomentList';
export type { MomentListProps } from './MomentList';
