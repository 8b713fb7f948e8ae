export {
  OutcomesReportSection,
  type OutcomesReportSectionProps,
} from './OutcomesReportSection';
