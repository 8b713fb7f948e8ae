export { MetMark } from './MetMark';
export type { MetMarkProps } from './MetMark';
