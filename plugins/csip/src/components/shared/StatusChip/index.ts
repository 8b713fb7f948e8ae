export { ChipRow, LookedUpStatusChip, StatusChip } from './StatusChip';
export type { StatusChipProps, StatusLook, StatusTone } from './StatusChip';
