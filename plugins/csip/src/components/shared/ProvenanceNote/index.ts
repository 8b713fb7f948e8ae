export { ProvenanceNote } from './ProvenanceNote';
export type { ProvenanceNoteProps } from './ProvenanceNote';
