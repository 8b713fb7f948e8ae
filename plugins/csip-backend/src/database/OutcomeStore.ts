import type {
  Closure,
  KpiReading,
  KpiReadingCreate,
} from '@csip-coach/plugin-csip-common';

/** A reading as the service hands it to the store. @internal */
export type NewKpiReading = KpiReadingCreate & {
  programmeId: string;
  kpiId: string;
  recordedBy: string;
  /** Now unless given (an import keeps the original time). */
  recordedAt?: string;
};

/**
 * Persistence of outcome KPI readings (`csip_kpi_readings`) and of a
 * programme's closure (the `closure_*` columns of `csip_programmes`).
 *
 * @internal
 */
export interface OutcomeStore {
  recordReading(reading: NewKpiReading): Promise<KpiReading>;
  /** Every reading of the programme, by day, then as recorded. */
  listReadings(programmeId: string): Promise<KpiReading[]>;
  /**
   * Records the closure when the programme has none yet (one conditional
   * update); throws ConflictError when it is already closed. The
   * programme's version stays: a closure is recorded once, never edited,
   * so it needs no optimistic check, and open edit forms stay valid.
   */
  close(programmeId: string, closure: Closure): Promise<void>;
}
