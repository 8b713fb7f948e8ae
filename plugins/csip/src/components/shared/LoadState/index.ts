export { LoadState } from './LoadState';
export type { LoadStateProps } from './LoadState';
