export { AdviceEntries } from './AdviceEntries';
export type { AdviceEntriesProps } from './AdviceEntries';
