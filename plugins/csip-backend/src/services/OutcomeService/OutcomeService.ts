import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CLOSURE_VERDICT_LABELS,
  summariseKpis,
  type Kpi,
  type KpiReading,
  type KpiReadingCreate,
  type Programme,
  type ProgrammeClose,
} from '@csip-coach/plugin-csip-common';
import type { OutcomeStore } from '../../database/OutcomeStore';
import type { ScopeStore } from '../../database/ScopeStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/**
 * Outcome KPIs and closing a programme. The KPIs are those of the current
 * scope version; sponsors, leads and coaches record their readings (also
 * after the programme is closed: outcomes often show later). Sponsors and
 * leads close a programme once, with a verdict; a closed programme stays
 * readable and writable otherwise (it can still be archived), its closure
 * is not changed again (409).
 *
 * @internal
 */
export class OutcomeService {
  static create(options: {
    outcomes: OutcomeStore;
    scopes: ScopeStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): OutcomeService {
    return new OutcomeService(
      options.outcomes,
      options.scopes,
      ProgrammeAccess.create(options),
    );
  }

  private constructor(
    private readonly outcomes: OutcomeStore,
    private readonly scopes: ScopeStore,
    private readonly access: ProgrammeAccess,
  ) {}

  /** The current scope version's KPIs, with readings and progress. */
  async listKpis(programmeId: string, caller: Caller): Promise<Kpi[]> {
    return this.access.readProgramme(programmeId, caller, async () => {
      const [current] = await this.scopes.listVersions(programmeId);
      if (!current?.kpis?.length) return [];
      return summariseKpis(
        current.kpis,
        await this.outcomes.listReadings(programmeId),
      );
    });
  }

  /**
   * Records a reading of a KPI of the current scope version (404 for any
   * other), as the caller, in the programme's locked transaction.
   */
  async recordReading(
    programmeId: string,
    kpiId: string,
    reading: KpiReadingCreate,
    caller: Caller,
  ): Promise<KpiReading> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'recordKpiReading',
      async ({ stores }) => {
        const [current] = await stores.scopes.listVersions(programmeId);
        if (!current?.kpis?.some(k => k.id === kpiId)) {
          throw new NotFoundError(
            `The current scope of this programme has no KPI '${kpiId}'`,
          );
        }
        return stores.outcomes.recordReading({
          ...reading,
          programmeId,
          kpiId,
          recordedBy: caller.userRef,
        });
      },
    );
  }

  /** Closes the programme with a verdict, once (409 when already closed). */
  async close(
    programmeId: string,
    input: ProgrammeClose,
    caller: Caller,
  ): Promise<Programme> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'closeProgramme',
      async ({ stores, programme }) => {
        if (programme.closure) {
          throw new ConflictError(
            `This programme was already closed (${
              CLOSURE_VERDICT_LABELS[programme.closure.verdict]
            }, by ${
              programme.closure.closedBy
            }); its verdict is kept as history`,
          );
        }
        await stores.outcomes.close(programmeId, {
          ...input,
          closedBy: caller.userRef,
          closedAt: new Date().toISOString(),
        });
        return (await stores.programmes.getProgramme(programmeId))!;
      },
    );
  }
}
