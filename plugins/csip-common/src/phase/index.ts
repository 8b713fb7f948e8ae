export * from './checkPhaseTransition';
