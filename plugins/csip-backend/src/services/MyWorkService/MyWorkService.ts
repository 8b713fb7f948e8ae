import {
  isDueSoon,
  isOverdue,
  type MyAction,
  type MyWork,
} from '@csip-coach/plugin-csip-common';
import type { MyWorkStore, OwnedAction } from '../../database/MyWorkStore';
import type { ProgrammeStore } from '../../database/ProgrammeStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import type { ScopeService } from '../ScopeService';
import { Caller } from '../types';

/**
 * The signed-in user's work across programmes (`GET /me/work`): the open
 * actions they own, the commitments they owe without an outcome yet
 * (soonest follow-up first, `due` as of today), the scope versions
 * awaiting their decision (as `GET /scope/awaiting-my-agreement` lists
 * them) and the programmes they hold a role in. Only programmes the caller may read count; archived ones
 * are left out.
 *
 * @internal
 */
export class MyWorkService {
  static create(options: {
    store: MyWorkStore;
    /** Members of programmes, for a conditional read policy. */
    programmes: Pick<ProgrammeStore, 'getMembers'>;
    authorizer: ProgrammeAuthorizer;
    /** Computes what awaits the caller's agreement. */
    scope: Pick<ScopeService, 'awaiting'>;
  }): MyWorkService {
    return new MyWorkService(options);
  }

  private constructor(
    private readonly options: Parameters<typeof MyWorkService.create>[0],
  ) {}

  /** The caller's work, with overdue, due-soon and due flags as of `today`. */
  async getMyWork(
    caller: Caller,
    today: string = new Date().toISOString().slice(0, 10),
  ): Promise<MyWork> {
    const { store, programmes, authorizer, scope } = this.options;
    const owned = await store.listOwnedActions(caller.userRef);
    const committed = await store.listOwnedFollowUps(caller.userRef, today);
    const taking = await store.listProgrammesOf(caller.userRef);
    const readable = await authorizer.readableIds(
      taking.map(t => t.programme),
      caller.credentials,
      ids => programmes.getMembers(ids),
    );
    return {
      actions: owned
        .filter(a => readable.has(a.programmeId))
        .map(a => toMyAction(a, today))
        .sort(byUrgency),
      followUps: committed.filter(f => readable.has(f.programmeId)),
      awaitingAgreement: await scope.awaiting(caller),
      programmes: taking
        .filter(t => t.roles.length && readable.has(t.programme.id))
        .map(({ programme, roles }) => ({
          id: programme.id,
          title: programme.title,
          ownerRef: programme.ownerRef,
          phase: programme.phase,
          roles,
        }))
        .sort(
          (a, b) =>
            a.title.localeCompare(b.title, 'en-US') || a.id.localeCompare(b.id),
        ),
    };
  }
}

function toMyAction(action: OwnedAction, today: string): MyAction {
  return {
    id: action.id,
    programmeId: action.programmeId,
    programmeTitle: action.programmeTitle,
    description: action.description,
    dueDate: action.dueDate,
    status: action.status,
    overdue: isOverdue(action, today),
    dueSoon: isDueSoon(action, today),
    version: action.version,
  };
}

/** Overdue first, then soonest due, then by id. */
function byUrgency(a: MyAction, b: MyAction): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.id.localeCompare(b.id)
  );
}
