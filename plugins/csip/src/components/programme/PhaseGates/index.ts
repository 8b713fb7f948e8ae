export { PhaseGates } from './PhaseGates';
export type { PhaseGatesProps } from './PhaseGates';
