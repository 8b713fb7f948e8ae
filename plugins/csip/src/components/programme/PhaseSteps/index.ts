export { PhaseSteps } from './PhaseSteps';
export type { PhaseStepsProps } from './PhaseSteps';
