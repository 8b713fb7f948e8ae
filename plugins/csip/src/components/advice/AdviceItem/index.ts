export { AdviceItem } from './AdviceItem';
export type { AdviceDialogMode, AdviceItemProps } from './AdviceItem';
