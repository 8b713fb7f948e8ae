export { AdviceLog } from './AdviceLog';
export type { AdviceLogProps } from './AdviceLog';
