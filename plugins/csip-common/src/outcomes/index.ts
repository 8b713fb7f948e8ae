export {
  archivedOutcomesSchema,
  type ArchivedOutcomes,
} from './archivedOutcomesSchema';
export {
  closureSchema,
  closureVerdictSchema,
  programmeCloseSchema,
  type Closure,
  type ClosureVerdict,
  type ProgrammeClose,
} from './closureSchema';
export {
  kpiProgress,
  latestReading,
  type KpiProgressInput,
  type KpiProgressReading,
} from './kpiProgress';
export {
  KPI_ID_MAX_LENGTH,
  KPI_VALUE_MAX,
  kpiCreateSchema,
  kpiDefinitionSchema,
  kpiDirectionSchema,
  kpiIdFor,
  kpiIdSchema,
  kpiReadingCreateSchema,
  kpiReadingSchema,
  kpiSchema,
  kpiValueSchema,
  withKpiIds,
  type Kpi,
  type KpiCreate,
  type KpiDefinition,
  type KpiDirection,
  type KpiReading,
  type KpiReadingCreate,
} from './kpiSchema';
export { CLOSURE_VERDICT_LABELS, KPI_DIRECTION_LABELS } from './outcomeLabels';
export { outcomesEndpoints } from './outcomesEndpoints';
export { summariseKpis } from './summariseKpis';
