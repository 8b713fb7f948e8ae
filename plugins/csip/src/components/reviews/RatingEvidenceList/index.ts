export { RatingEvidenceList } from './RatingEvidenceList';
export type { RatingEvidenceListProps } from './RatingEvidenceList';
