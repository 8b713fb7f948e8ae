export { PhaseLabel } from './PhaseLabel';
