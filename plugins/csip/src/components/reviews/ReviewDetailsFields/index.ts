export { ReviewDetailsFields } from './ReviewDetailsFields';
export type { ReviewDetails } from './ReviewDetailsFields';
