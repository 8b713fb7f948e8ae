import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  ConditionTransformer,
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import type { ReadFilter } from '../database/portfolioQuery';
import { ReadDecisionCache } from './ReadDecisionCache';
import type { ProgrammeQuery } from './rules';
import {
  csipProgrammeReadPermission,
  passesRoleRule,
  PROGRAMME_ACTION_RULES,
  ProgrammeAction,
  ProgrammeActionRule,
  Programme,
  ProgrammeMember,
} from '@csip-coach/plugin-csip-common';

/** The policy's answer about programmes, conditions included: for reads (cached) and writes (asked each time). */
type ProgrammeDecision = Awaited<
  ReturnType<PermissionsService['authorizeConditional']>
>[number];

/**
 * Asks the permission framework about programmes and turns DENY into
 * NotAllowedError (403).
 *
 * @internal
 */
export class ProgrammeAuthorizer {
  private readonly permissions: PermissionsService;
  private readonly applyConditions: (
    decision: Parameters<ReturnType<typeof createConditionAuthorizer>>[0],
    programme: Programme,
  ) => boolean;

  private readonly toQuery: ConditionTransformer<ProgrammeQuery>;

  private readonly readDecisions: ReadDecisionCache<ProgrammeDecision>;

  constructor(options: {
    permissions: PermissionsService;
    ruleset: PermissionRuleset<Programme, ProgrammeQuery>;
    /**
     * How long a list reuses the policy's read decision for the same
     * credentials (`csip.permissions.readDecisionCacheSeconds`); 0, the
     * default here, asks every time.
     */
    readDecisionCacheMs?: number;
  }) {
    this.permissions = options.permissions;
    this.applyConditions = createConditionAuthorizer(options.ruleset);
    this.toQuery = createConditionTransformer(options.ruleset);
    this.readDecisions = new ReadDecisionCache({
      ttlMs: options.readDecisionCacheMs ?? 0,
    });
  }

  /** Whether the decision lets the caller act on `programme` (as loaded). */
  private allows(decision: ProgrammeDecision, programme: Programme): boolean {
    return decision.result === AuthorizeResult.CONDITIONAL
      ? this.applyConditions(decision, programme)
      : decision.result === AuthorizeResult.ALLOW;
  }

  /** The policy's decision on reading programmes, for lists and single reads. */
  private readDecision(credentials: BackstageCredentials) {
    return this.readDecisions.get(credentials, async () => {
      const [decision] = await this.permissions.authorizeConditional(
        [{ permission: csipProgrammeReadPermission }],
        { credentials },
      );
      return decision;
    });
  }

  /**
   * The product's role rule for `action` (403 with its reason in words),
   * then the action's permission under the portal's policy (403 `Not
   * allowed: <name>`), from the one table in common. Not inside a
   * programme's writing transaction: see {@link ProgrammeAuthorizer.authorizePolicy}.
   */
  async authorizeAction(
    action: ProgrammeAction,
    programme: Programme,
    caller: { userRef: string; credentials: BackstageCredentials },
  ): Promise<void> {
    this.authorizeRole(action, programme, caller);
    await this.authorizePolicy(action, programme, caller.credentials);
  }

  /**
   * The product's role rule for `action` on the programme's members as
   * given (403 with the rule's reason in words). Needs no I/O, so it is
   * what a writing transaction checks against the programme as locked.
   */
  authorizeRole(
    action: ProgrammeAction,
    programme: Pick<Programme, 'members'>,
    caller: { userRef: string },
  ): void {
    if (!passesRoleRule(action, programme.members, caller.userRef)) {
      const rule: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
      throw new NotAllowedError(rule.roleReason);
    }
  }

  /**
   * The permission of `action` under the portal's policy (403 `Not
   * allowed: <name>`), on `programme` as read before the transaction.
   * Always before a programme's writing transaction opens, never inside
   * it: the transaction would hold SQLite's one connection, and
   * PostgreSQL's row lock, across the policy's round trip.
   */
  async authorizePolicy(
    action: ProgrammeAction,
    programme: Programme,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const { permission }: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
    if (permission.type === 'resource') {
      await this.authorizeProgramme(permission, programme, credentials);
    } else {
      await this.authorize(permission, credentials);
    }
  }

  /**
   * Inside a programme's writing transaction: the role rule of `action` on
   * the programme as locked, where the policy of its permission was
   * checked before the transaction for one of the `checked` actions. When
   * the records changed in between so that the write now takes an action
   * whose permission was not checked, it answers 409 (try again).
   */
  authorizeRoleInWrite(
    action: ProgrammeAction,
    programme: Pick<Programme, 'members'>,
    caller: { userRef: string },
    checked: readonly ProgrammeAction[],
  ): void {
    this.authorizeRole(action, programme, caller);
    const { name } = PROGRAMME_ACTION_RULES[action].permission;
    if (
      !checked.some(c => PROGRAMME_ACTION_RULES[c].permission.name === name)
    ) {
      throw new ConflictError(
        'The programme changed while the request was checked; reload and try again',
      );
    }
  }

  /**
   * Which programmes the caller may read, for list queries: the policy's
   * conditions become part of the SQL query, so pages stay full.
   */
  async readFilter(credentials: BackstageCredentials): Promise<ReadFilter> {
    const decision = await this.readDecision(credentials);
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return { criteria: this.toQuery(decision.conditions) };
    }
    return decision.result === AuthorizeResult.ALLOW
      ? { all: true }
      : { none: true };
  }

  /**
   * Whether the caller may read `programme` (as loaded, with its members),
   * else 403 `Not allowed: csip.programme.read`. Takes the policy's read
   * decision the way lists do — reused for the same credentials for
   * `csip.permissions.readDecisionCacheSeconds` — and applies its
   * conditions to the programme here, so a read costs no permission round
   * trip while the decision is fresh, and never the policy's call back for
   * the resource.
   */
  async authorizeRead(
    programme: Programme,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const decision = await this.readDecision(credentials);
    if (!this.allows(decision, programme)) {
      throw new NotAllowedError(
        `Not allowed: ${csipProgrammeReadPermission.name}`,
      );
    }
  }

  async authorize(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /**
   * Asks the policy about `permission` on `programme` (as loaded, with its
   * members) every time, never from a cache, and applies a conditional
   * answer to that programme here with the plugin's own rules, as the
   * permission backend would by calling back the plugin's apply-conditions
   * endpoint: the same decision, without that second round trip and its
   * read of the programme.
   */
  async authorizeProgramme(
    permission: ResourcePermission<'csip-programme'>,
    programme: Programme,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (!this.allows(decision, programme)) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /**
   * Which of the given programmes the caller may read; `getMembers` is only
   * called when the policy answers with conditions.
   */
  async readableIds<
    T extends Omit<
      Programme,
      'members' | 'vision' | 'businessDrivers' | 'createdBy' | 'createdAt'
    >,
  >(
    programmes: T[],
    credentials: BackstageCredentials,
    getMembers: (ids: string[]) => Promise<Map<string, ProgrammeMember[]>>,
  ): Promise<Set<string>> {
    const ids = programmes.map(p => p.id);
    const decision = await this.readDecision(credentials);
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW
        ? new Set(ids)
        : new Set();
    }
    const members = await getMembers(ids);
    return new Set(
      programmes
        .filter(p =>
          this.allows(decision, {
            vision: '',
            businessDrivers: [],
            createdBy: '',
            createdAt: '',
            ...p,
            members: members.get(p.id) ?? [],
          }),
        )
        .map(p => p.id),
    );
  }
}
