export { ArchivedChip } from './ArchivedChip';
