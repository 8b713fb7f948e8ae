export { ChangeList } from './ChangeList';
export type { ChangeKind, ChangeListItem, ChangeListProps } from './ChangeList';
