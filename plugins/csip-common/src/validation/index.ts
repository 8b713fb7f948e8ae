export * from './bounds';
export * from './describeIssues';
export * from './safeText';
