export {
  checkPhaseTransition,
  phaseTransitionRequestSchema,
  phaseTransitionSchema,
  unmetGateSchema,
  phaseStatusSchema,
} from './checkPhaseTransition';
export type {
  PhaseTransitionRequest,
  PhaseTransition,
  PhaseGateFacts,
  UnmetGate,
  PhaseStatus,
} from './checkPhaseTransition';
