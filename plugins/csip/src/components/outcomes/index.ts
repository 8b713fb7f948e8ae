export { ClosurePanel, type ClosurePanelProps } from './ClosurePanel';
export {
  ALREADY_CLOSED,
  CloseProgrammeDialog,
  type CloseProgrammeDialogProps,
} from './CloseProgrammeDialog';
export {
  describeProgress,
  describeReadings,
  formatKpiValue,
} from './formatKpi';
export { KpiCard, type KpiCardProps } from './KpiCard';
export { KpiChart, type KpiChartProps } from './KpiChart';
export {
  OutcomeKpisPanel,
  type OutcomeKpisPanelProps,
} from './OutcomeKpisPanel';
export {
  OutcomesReportSection,
  type OutcomesReportSectionProps,
} from './OutcomesReportSection';
export {
  ProgrammeOutcomes,
  type ProgrammeOutcomesProps,
} from './ProgrammeOutcomes';
export {
  RecordReadingDialog,
  type RecordReadingDialogProps,
} from './RecordReadingDialog';
export { useKpis } from './useKpis';
