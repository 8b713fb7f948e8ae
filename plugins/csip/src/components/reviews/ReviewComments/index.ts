export { ReviewComments } from './ReviewComments';
export type { ReviewCommentsProps } from './ReviewComments';
