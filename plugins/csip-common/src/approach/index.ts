export * from './approachSchema';
export * from './recommendApproach';
export * from './checkDecision';
