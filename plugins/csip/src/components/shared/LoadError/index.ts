export { LoadError } from './LoadError';
export type { FailedLoad, LoadErrorBack, LoadErrorProps } from './LoadError';
