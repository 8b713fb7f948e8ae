export { ReviewView } from './ReviewView';
export type { ReviewViewProps } from './ReviewView';
export { ReviewLink } from './ReviewLink';
export type { ReviewLinkProps } from './ReviewLink';
