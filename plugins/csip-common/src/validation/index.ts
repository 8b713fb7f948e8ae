export * from './describeIssues';
