export { IconNote } from './IconNote';
export type { IconNoteProps } from './IconNote';
