/** The advice log: the team's responses to the coach's growth suggestions. */
export { AdviceLog } from './AdviceLog';
export type { AdviceLogProps } from './AdviceLog';
export { ReviewAdvice } from './ReviewAdvice';
export type { ReviewAdviceProps } from './ReviewAdvice';
