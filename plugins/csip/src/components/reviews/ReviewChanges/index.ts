export { ReviewChanges } from './ReviewChanges';
export type { ReviewChangesProps } from './ReviewChanges';
