export { SpreadRow } from './SpreadRow';
export type { SpreadRowProps } from './SpreadRow';
