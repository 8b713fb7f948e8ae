export { PermittedButton } from './PermittedButton';
export type { PermittedButtonProps } from './PermittedButton';
export { NotAllowedNote } from './NotAllowedNote';
export type { NotAllowedNoteProps } from './NotAllowedNote';
