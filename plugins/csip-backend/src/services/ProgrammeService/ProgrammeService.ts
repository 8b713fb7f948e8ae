import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  checkPhaseTransition,
  csipProgrammeCreatePermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  PhaseGateFacts,
  PhaseStatus,
  PhaseTransitionRequest,
  UnmetGate,
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
  ProgrammeSummary,
  PROGRAMME_PHASES,
  ProgrammeUpdate,
  withCreatorAsLead,
} from '@csip-coach/plugin-csip-common';
import { DecisionStore } from '../../database/DecisionStore';
import type { PortfolioQuery } from '../../database/portfolioQuery';
import { ProgrammeStore } from '../../database/ProgrammeStore';
import { ScopeStore } from '../../database/ScopeStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import {
  computeHandoverView,
  HandoverSources,
} from '../HandoverService/computeHandoverView';
import { computeScopeView } from '../ScopeService/computeScopeView';
import { Caller } from '../types';

/**
 * The rules around programmes and their phases; the router calls this, this
 * checks permissions and gates, then calls the stores.
 *
 * @internal
 */
export class ProgrammeService {
  static create(options: {
    programmes: ProgrammeStore;
    decisions: DecisionStore;
    scopes: ScopeStore;
    authorizer: ProgrammeAuthorizer;
    /** Where handover readiness (the gate into sustain) is computed from. */
    handover: Omit<HandoverSources, 'scopes'>;
  }): ProgrammeService {
    return new ProgrammeService(
      options.programmes,
      options.decisions,
      options.scopes,
      options.authorizer,
      { ...options.handover, scopes: options.scopes },
    );
  }

  private constructor(
    private readonly programmes: ProgrammeStore,
    private readonly decisions: DecisionStore,
    private readonly scopes: ScopeStore,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly handover: HandoverSources,
  ) {}

  /** Creates a programme in `establish`; the creator becomes a lead. */
  async createProgramme(
    input: ProgrammeCreate,
    caller: Caller,
  ): Promise<Programme> {
    await this.authorizer.authorize(
      csipProgrammeCreatePermission,
      caller.credentials,
    );
    return this.programmes.createProgramme({
      ...input,
      members: withCreatorAsLead(input.members, caller.userRef),
      createdBy: caller.userRef,
    });
  }

  async getProgramme(id: string, caller: Caller): Promise<Programme> {
    const programme = await this.mustExist(id);
    await this.authorizer.authorizeProgramme(
      csipProgrammeReadPermission,
      id,
      caller.credentials,
    );
    return programme;
  }

  async listProgrammes(
    query: ProgrammeListQuery,
    caller: Caller,
  ): Promise<ProgrammePage> {
    return this.programmes.listProgrammes(
      query,
      await this.authorizer.readFilter(caller.credentials),
    );
  }

  /** Every readable programme matching the query (at most `max`), for CSV. */
  async listAllProgrammes(
    query: PortfolioQuery,
    caller: Caller,
    max = 10_000,
  ): Promise<ProgrammeSummary[]> {
    return this.programmes.listAllProgrammes(
      query,
      await this.authorizer.readFilter(caller.credentials),
      max,
    );
  }

  async updateProgramme(
    id: string,
    update: ProgrammeUpdate,
    caller: Caller,
  ): Promise<Programme> {
    await this.mustExist(id);
    await this.authorizer.authorizeProgramme(
      csipProgrammeUpdatePermission,
      id,
      caller.credentials,
    );
    return this.programmes.updateProgramme(id, update);
  }

  async getPhaseStatus(id: string, caller: Caller): Promise<PhaseStatus> {
    const programme = await this.getProgramme(id, caller);
    const { facts, explain } = await this.gateFacts(programme);
    const nextIndex = PROGRAMME_PHASES.indexOf(programme.phase) + 1;
    const nextPhase = PROGRAMME_PHASES[nextIndex];
    const next = nextPhase
      ? explain(
          checkPhaseTransition({ from: programme.phase, to: nextPhase, facts }),
        )
      : undefined;
    return {
      phase: programme.phase,
      facts,
      next:
        next && nextPhase
          ? { to: nextPhase, allowed: next.allowed, unmet: next.unmet }
          : undefined,
      transitions: await this.programmes.listTransitions(id),
    };
  }

  /**
   * Moves the programme to another phase when every gate is met; a missing
   * reason for a move back is a 400, any other unmet gate a 409 that lists
   * them all.
   */
  async movePhase(
    id: string,
    request: PhaseTransitionRequest,
    caller: Caller,
  ): Promise<Programme> {
    const programme = await this.mustExist(id);
    await this.authorizer.authorizeProgramme(
      csipProgrammeUpdatePermission,
      id,
      caller.credentials,
    );
    const { facts, explain } = await this.gateFacts(programme);
    const check = explain(
      checkPhaseTransition({
        from: programme.phase,
        to: request.to,
        reason: request.reason,
        facts,
      }),
    );
    if (!check.allowed) {
      const messages = check.unmet.map(u => u.message).join(' ');
      if (check.unmet.every(u => u.gate === 'reason-required')) {
        throw new InputError(`Invalid phase change: reason: ${messages}`);
      }
      throw new ConflictError(
        `Cannot move from ${programme.phase} to ${request.to}: ${check.unmet
          .map(u => `[${u.gate}] ${u.message}`)
          .join(' ')}`,
      );
    }
    return this.programmes.movePhase({
      programmeId: id,
      from: programme.phase,
      to: request.to,
      reason: request.reason?.trim() || undefined,
      movedBy: caller.userRef,
    });
  }

  /**
   * What the gates look at, and a way to add the handover blockers to the
   * message of an unmet handover gate, so the 409 says what to fix.
   */
  private async gateFacts(programme: Programme) {
    const decisions = await this.decisions.listDecisions(programme.id);
    const scope = await computeScopeView(programme, this.scopes);
    const { readiness } = await computeHandoverView(programme, this.handover);
    const facts: PhaseGateFacts = {
      approachDecided: decisions.length > 0,
      scopeAgreed: scope.status === 'agreed',
      handoverReady: readiness.ready,
    };
    const explain = <T extends { unmet: UnmetGate[] }>(check: T): T => ({
      ...check,
      unmet: check.unmet.map(u =>
        u.gate === 'handover-ready' && readiness.blockers.length
          ? {
              ...u,
              message: `${u.message} Blockers: ${readiness.blockers
                .map(b => b.message)
                .join('; ')}.`,
            }
          : u,
      ),
    });
    return { facts, explain };
  }

  private async mustExist(id: string): Promise<Programme> {
    const programme = await this.programmes.getProgramme(id);
    if (!programme) {
      throw new NotFoundError(`No programme with id '${id}'`);
    }
    return programme;
  }
}
