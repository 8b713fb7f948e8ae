export { ScopeDiff } from './ScopeDiff';
export { changedProcessId } from './describeScopeChange';
