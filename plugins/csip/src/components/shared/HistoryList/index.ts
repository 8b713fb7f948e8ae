export { HistoryList } from './HistoryList';
export type {
  HistoryListColumn,
  HistoryListEntry,
  HistoryListProps,
} from './HistoryList';
