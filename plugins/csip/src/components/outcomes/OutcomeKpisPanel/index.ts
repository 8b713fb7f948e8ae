export {
  OutcomeKpisPanel,
  type OutcomeKpisPanelProps,
} from './OutcomeKpisPanel';
