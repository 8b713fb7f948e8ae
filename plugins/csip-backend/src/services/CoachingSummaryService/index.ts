export { CoachingSummaryService } from './CoachingSummaryService';
export { readReviewCadenceDays } from './readReviewCadenceDays';
export { sustainSince } from './sustainSince';
