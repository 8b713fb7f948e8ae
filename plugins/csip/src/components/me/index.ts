/** The signed-in user's work across programmes ("For you"). */
export { MyWorkPanel } from './MyWorkPanel';
export { MyWorkCard } from './MyWorkCard';
export { useMyWork } from './useMyWork';
