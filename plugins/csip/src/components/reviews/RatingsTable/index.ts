export { RatingsTable, describeUnrated } from './RatingsTable';
export type { RatingsTableProps } from './RatingsTable';
