export { PhaseStepper } from './PhaseStepper';
export type { PhaseStepperProps } from './PhaseStepper';
