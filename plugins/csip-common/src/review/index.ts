export * from './reviewSchema';
export * from './effectiveReviews';
export * from './reviewToneFindings';
export * from './diffReviews';
export * from './reviewLabels';
