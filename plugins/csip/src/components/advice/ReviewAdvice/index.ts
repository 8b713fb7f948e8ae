export { ReviewAdvice } from './ReviewAdvice';
export type { ReviewAdviceProps } from './ReviewAdvice';
