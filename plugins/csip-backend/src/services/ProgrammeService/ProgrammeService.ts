import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  checkMembershipChange,
  checkPhaseTransition,
  csipProgrammeCreatePermission,
  diffMembers,
  MembershipChange,
  PhaseGateFacts,
  PhaseStatus,
  PhaseTransitionRequest,
  UnmetGate,
  Programme,
  ProgrammeAction,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
  ProgrammeSummary,
  PROGRAMME_PHASES,
  ProgrammeUpdate,
  withCreatorAsLead,
} from '@csip-coach/plugin-csip-common';
import type { PortfolioQuery } from '../../database/portfolioQuery';
import type { StoreSet } from '../../database/ProgrammeTransactions';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import {
  CatalogRefValidator,
  changedProgrammeRefs,
  newProgrammeRefs,
} from '../CatalogRefValidator';
import {
  computeHandoverView,
  HandoverSources,
} from '../HandoverService/computeHandoverView';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { computeScopeView } from '../ScopeService/computeScopeView';
import { Caller } from '../types';

/** The fields of a programme update other than its members and version. */
const EDITABLE_FIELDS = [
  'title',
  'vision',
  'driver',
  'businessDrivers',
  'ownerRef',
  'archived',
] as const;

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * The actions an update takes on a programme with `members`: changing
 * members (when it adds or removes any), and changing the programme (when
 * it edits fields, or changes nothing else).
 */
function updateActions(
  update: ProgrammeUpdate,
  members: Programme['members'],
): ProgrammeAction[] {
  const editsFields = EDITABLE_FIELDS.some(f => update[f] !== undefined);
  const membership =
    update.members !== undefined
      ? diffMembers(members, update.members)
      : undefined;
  const changesMembers = Boolean(
    membership && (membership.added.length || membership.removed.length),
  );
  return [
    ...(editsFields || !changesMembers ? (['updateProgramme'] as const) : []),
    ...(changesMembers ? (['manageMembers'] as const) : []),
  ];
}

/**
 * The rules around programmes and their phases; the router calls this, this
 * checks permissions and gates, then calls the stores. Every write runs in
 * one transaction of the programme (ProgrammeWriter), where the role rules
 * are checked against the members read inside it; the portal's policy is
 * asked before it opens.
 *
 * @internal
 */
export class ProgrammeService {
  static create(options: {
    stores: StoreSet;
    writer: ProgrammeWriter;
    authorizer: ProgrammeAuthorizer;
    model: HandoverSources['model'];
    /** Checks the owner and member refs a write brings in. */
    catalogRefs: CatalogRefValidator;
  }): ProgrammeService {
    return new ProgrammeService(
      options.stores,
      options.writer,
      options.authorizer,
      options.model,
      options.catalogRefs,
    );
  }

  private constructor(
    private readonly stores: StoreSet,
    private readonly writer: ProgrammeWriter,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly model: HandoverSources['model'],
    private readonly catalogRefs: CatalogRefValidator,
  ) {
    this.access = ProgrammeAccess.create({
      programmeService: this,
      authorizer,
      writer,
    });
  }

  /** Writes as a caller, checked as every other service does. */
  private readonly access: ProgrammeAccess;

  private get programmes() {
    return this.stores.programmes;
  }

  /**
   * Creates a programme in `establish`; the creator becomes a lead. The
   * owner and the members must be in the catalog (the creator comes from
   * their credentials and is not looked up).
   */
  async createProgramme(
    input: ProgrammeCreate,
    caller: Caller,
  ): Promise<Programme> {
    await this.authorizer.authorize(
      csipProgrammeCreatePermission,
      caller.credentials,
    );
    await this.catalogRefs.check(newProgrammeRefs(input), 'programme');
    const id = await this.writer.create(
      async stores =>
        (
          await stores.programmes.createProgramme({
            ...input,
            members: withCreatorAsLead(input.members, caller.userRef),
            createdBy: caller.userRef,
          })
        ).id,
    );
    return (await this.programmes.getProgramme(id))!;
  }

  async getProgramme(id: string, caller: Caller): Promise<Programme> {
    const programme = await this.mustExist(id);
    await this.authorizer.authorizeRead(programme, caller.credentials);
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

  /**
   * What people call the owners of `items`, keyed by owner ref, for the
   * CSV: display names from the catalog, or the refs' names when it is not
   * asked or cannot answer.
   */
  async ownerNames(
    items: readonly ProgrammeSummary[],
  ): Promise<Map<string, string>> {
    return this.catalogRefs.displayNames([
      ...new Set(items.map(p => p.ownerRef)),
    ]);
  }

  /**
   * Edits the programme's fields (leads and coaches) and its members (leads
   * and coaches, never raising their own role, keeping a lead or coach, and
   * a sponsor change needs a sponsor or the owner group). The read
   * permission is checked first, so nobody who may not read the programme
   * learns anything from the answer; then a new owner and new members
   * must be in the catalog (looked up before the transaction, against the
   * programme as read: a concurrent change fails on the version); then
   * the role rules and the portal's policy, on the programme as read, and
   * the role rules again inside the transaction; the version last.
   */
  async updateProgramme(
    id: string,
    update: ProgrammeUpdate,
    caller: Caller,
  ): Promise<Programme> {
    const current = await this.getProgramme(id, caller);
    await this.catalogRefs.check(
      changedProgrammeRefs(update, current),
      'programme update',
    );
    // The portal's policy before the transaction, on the programme as read.
    const checked = updateActions(update, current.members);
    for (const action of checked) {
      await this.authorizer.authorizeAction(action, current, caller);
    }
    await this.writer.write(id, async ({ stores, programme }) => {
      const actions = updateActions(update, programme.members);
      for (const action of actions) {
        this.authorizer.authorizeRoleInWrite(
          action,
          programme,
          caller,
          checked,
        );
      }
      const changesMembers = actions.includes('manageMembers');
      if (changesMembers && update.members) {
        const problems = checkMembershipChange({
          before: programme.members,
          after: update.members,
          actorRef: caller.userRef,
          actorOwnsProgramme: (caller.ownershipRefs ?? []).some(ref =>
            same(ref, programme.ownerRef),
          ),
        });
        const forbidden = problems.filter(p => p.code !== 'last-lead-or-coach');
        if (forbidden.length) {
          throw new NotAllowedError(forbidden.map(p => p.message).join('; '));
        }
        if (problems.length) {
          throw new InputError(
            `Invalid programme update: ${problems
              .map(p => p.message)
              .join('; ')}`,
          );
        }
      }
      const updated = await stores.programmes.updateProgramme(id, {
        ...update,
        ...(!changesMembers && { members: undefined }),
      });
      if (changesMembers) {
        await stores.memberships.record({
          programmeId: id,
          changedBy: caller.userRef,
          before: programme.members,
          after: updated.members,
        });
      }
    });
    return (await this.programmes.getProgramme(id))!;
  }

  /** Every change of the programme's members, oldest first. */
  async listMembershipChanges(
    id: string,
    caller: Caller,
  ): Promise<MembershipChange[]> {
    await this.getProgramme(id, caller);
    return this.stores.memberships.list(id);
  }

  async getPhaseStatus(id: string, caller: Caller): Promise<PhaseStatus> {
    const programme = await this.getProgramme(id, caller);
    const { facts, explain } = await this.gateFacts(programme, this.stores);
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
    await this.access.writeProgramme(
      id,
      caller,
      'movePhase',
      async ({ stores, programme }) => {
        const { facts, explain } = await this.gateFacts(programme, stores);
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
        await stores.programmes.movePhase({
          programmeId: id,
          from: programme.phase,
          to: request.to,
          reason: request.reason?.trim() || undefined,
          movedBy: caller.userRef,
        });
      },
    );
    return (await this.programmes.getProgramme(id))!;
  }

  /**
   * What the gates look at, and a way to add the handover blockers to the
   * message of an unmet handover gate, so the 409 says what to fix.
   */
  private async gateFacts(programme: Programme, stores: StoreSet) {
    const decisions = await stores.decisions.listDecisions(programme.id);
    const scope = await computeScopeView(programme, stores.scopes);
    const { readiness } = await computeHandoverView(programme, {
      ...stores,
      model: this.model,
    });
    const facts: PhaseGateFacts = {
      approachDecided: decisions.length > 0,
      scopeAgreed: scope.status === 'agreed',
      handoverReady: readiness.ready,
      agreementWithdrawn: scope.status === 'declined',
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
