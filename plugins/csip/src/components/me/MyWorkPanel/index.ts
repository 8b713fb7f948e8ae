export { MyWorkPanel, MyWorkSections } from './MyWorkPanel';
