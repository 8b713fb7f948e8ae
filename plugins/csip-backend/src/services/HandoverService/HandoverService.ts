import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type {
  HandoverItem,
  HandoverItemCreate,
  HandoverItemUpdate,
  HandoverView,
  ProgrammeAction,
  SkillsMatrix,
  SkillsMatrixUpdate,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';
import { computeHandoverView, HandoverSources } from './computeHandoverView';

/**
 * Handover and knowledge transfer: team members record what they have
 * demonstrated, coaches verify it, leads and coaches keep the skills
 * matrix and add custom items.
 *
 * @internal
 */
export class HandoverService {
  static create(
    options: HandoverSources & {
      programmeService: ProgrammeService;
      authorizer: ProgrammeAuthorizer;
      writer: ProgrammeWriter;
    },
  ): HandoverService {
    return new HandoverService(
      options,
      ProgrammeAccess.create(options),
      options.authorizer,
      options.writer,
    );
  }

  private constructor(
    private readonly sources: HandoverSources,
    private readonly access: ProgrammeAccess,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly writer: ProgrammeWriter,
  ) {}

  async getHandover(
    programmeId: string,
    caller: Caller,
  ): Promise<HandoverView> {
    return this.access.readProgramme(programmeId, caller, programme =>
      computeHandoverView(programme, this.sources),
    );
  }

  /**
   * Members record progress and demonstrate items; only coaches verify an
   * item or reopen a verified one. A verified item's evidence is read-only.
   * The team's demonstration (who, when) is kept beside the coach's
   * verification. All of it decided on the item as it is inside the
   * transaction, at the version the caller read; the portal's policy is
   * asked before the transaction, on the item as read then.
   */
  async updateItem(
    id: string,
    update: HandoverItemUpdate,
    caller: Caller,
  ): Promise<HandoverItem> {
    const found = await this.sources.handover.getItem(id);
    if (!found) {
      throw new NotFoundError(`No handover item with id '${id}'`);
    }
    const read = await this.access.getProgramme(found.programmeId, caller);
    const checked: ProgrammeAction[] = [
      'updateHandoverItem',
      ...(changesVerified(found.status, update.status ?? found.status)
        ? (['verifyHandoverItem'] as const)
        : []),
    ];
    for (const action of checked) {
      await this.authorizer.authorizeAction(action, read, caller);
    }
    return this.writer.write(
      found.programmeId,
      async ({ stores, programme }) => {
        const item = await stores.handover.getItem(id);
        if (!item) {
          throw new NotFoundError(`No handover item with id '${id}'`);
        }
        this.authorizer.authorizeRole('updateHandoverItem', programme, caller);
        const status = update.status ?? item.status;
        const becameVerified =
          status === 'verified' && item.status !== 'verified';
        const leftVerified =
          status !== 'verified' && item.status === 'verified';
        // Only coaches verify, and only coaches reopen what they verified.
        if (becameVerified || leftVerified) {
          this.authorizer.authorizeRoleInWrite(
            'verifyHandoverItem',
            programme,
            caller,
            checked,
          );
        }
        if (item.version !== update.version) {
          throw new ConflictError(
            `The item was changed by someone else (version ${item.version}, you sent ${update.version}); reload and try again`,
          );
        }
        if (
          item.status === 'verified' &&
          !leftVerified &&
          update.evidence !== undefined &&
          update.evidence !== (item.evidence ?? '')
        ) {
          throw new ConflictError(
            'The evidence of a verified item is read-only; a coach reopens the item first',
          );
        }
        if (item.retiredAt) {
          throw new ConflictError(
            'This item is retired because its process left the scope; it comes back if the process returns',
          );
        }
        const evidence = update.evidence ?? item.evidence ?? '';
        if (
          (status === 'demonstrated' || status === 'verified') &&
          !evidence.trim()
        ) {
          throw new InputError(
            `Invalid handover item update: evidence: required to mark an item ${status}; say what shows it`,
          );
        }
        const now = new Date().toISOString();
        // A coach reopening a verified item keeps the team's demonstration.
        const becameDemonstrated =
          status === 'demonstrated' &&
          item.status !== 'demonstrated' &&
          item.status !== 'verified';
        return stores.handover.updateItem(
          id,
          {
            status: update.status,
            evidence: update.evidence,
            owner: update.owner,
            ...(becameDemonstrated && {
              demonstratedBy: caller.userRef,
              demonstratedAt: now,
            }),
            ...(becameVerified && {
              verifiedBy: caller.userRef,
              verifiedAt: now,
            }),
            ...(leftVerified && { verifiedBy: null, verifiedAt: null }),
            updatedBy: caller.userRef,
          },
          update.version,
        );
      },
    );
  }

  async addItem(
    programmeId: string,
    input: HandoverItemCreate,
    caller: Caller,
  ): Promise<HandoverItem> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'manageHandover',
      async ({ stores }) =>
        stores.handover.addCustomItem(programmeId, input, caller.userRef),
      () => {
        if (input.process) this.knownProcesses([input.process], 'process');
      },
    );
  }

  async putSkills(
    programmeId: string,
    update: SkillsMatrixUpdate,
    caller: Caller,
  ): Promise<SkillsMatrix> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'manageHandover',
      async ({ stores }) =>
        stores.handover.putSkills(programmeId, update, caller.userRef),
      () =>
        update.people.forEach((person, index) =>
          this.knownProcesses(
            Object.keys(person.skills),
            `people.${index}.skills`,
          ),
        ),
    );
  }

  private knownProcesses(ids: string[], field: string) {
    const unknown = ids.filter(
      id => !this.sources.model.processes.some(p => p.id === id),
    );
    if (unknown.length) {
      throw new InputError(
        `Invalid request: ${field}: ${unknown
          .map(id => `'${id}'`)
          .join(', ')} is not a process of the maturity model`,
      );
    }
  }
}

/** Whether a status change verifies an item or reopens a verified one. */
function changesVerified(
  from: HandoverItem['status'],
  to: HandoverItem['status'],
): boolean {
  return (from === 'verified') !== (to === 'verified');
}
