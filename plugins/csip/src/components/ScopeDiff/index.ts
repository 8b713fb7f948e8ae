export { ScopeDiff } from './ScopeDiff';
