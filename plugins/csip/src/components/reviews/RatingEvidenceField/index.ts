export { RatingEvidenceField } from './RatingEvidenceField';
export type { RatingEvidenceFieldProps } from './RatingEvidenceField';
