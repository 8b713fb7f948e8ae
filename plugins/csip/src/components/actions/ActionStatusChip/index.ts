export { ActionStatusChip } from './ActionStatusChip';
export type { ActionStatusChipProps } from './ActionStatusChip';
