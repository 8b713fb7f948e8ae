export { RepeatableRows } from './RepeatableRows';
export type { RepeatableRow, RepeatableRowsProps } from './RepeatableRows';
