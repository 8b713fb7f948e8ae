import { InputError, NotFoundError } from '@backstage/errors';
import type {
  HandoverItem,
  HandoverItemCreate,
  HandoverItemUpdate,
  HandoverView,
  SkillsMatrix,
  SkillsMatrixUpdate,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
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
    },
  ): HandoverService {
    return new HandoverService(
      options,
      options.programmeService,
      options.authorizer,
    );
  }

  private constructor(
    private readonly sources: HandoverSources,
    private readonly programmeService: ProgrammeService,
    private readonly authorizer: ProgrammeAuthorizer,
  ) {}

  async getHandover(
    programmeId: string,
    caller: Caller,
  ): Promise<HandoverView> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    return computeHandoverView(programme, this.sources);
  }

  async updateItem(
    id: string,
    update: HandoverItemUpdate,
    caller: Caller,
  ): Promise<HandoverItem> {
    const item = await this.sources.handover.getItem(id);
    if (!item) {
      throw new NotFoundError(`No handover item with id '${id}'`);
    }
    const programme = await this.programmeService.getProgramme(
      item.programmeId,
      caller,
    );
    const status = update.status ?? item.status;
    const becameVerified = status === 'verified' && item.status !== 'verified';
    const leftVerified = status !== 'verified' && item.status === 'verified';
    await this.authorizer.authorizeAction(
      'updateHandoverItem',
      programme,
      caller,
    );
    // Only coaches verify, and only coaches reopen what they verified.
    if (becameVerified || leftVerified) {
      await this.authorizer.authorizeAction(
        'verifyHandoverItem',
        programme,
        caller,
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
    return this.sources.handover.updateItem(
      id,
      {
        status: update.status,
        evidence: update.evidence,
        owner: update.owner,
        ...(becameVerified && {
          verifiedBy: caller.userRef,
          verifiedAt: new Date().toISOString(),
        }),
        ...(leftVerified && { verifiedBy: null, verifiedAt: null }),
        updatedBy: caller.userRef,
      },
      update.version,
    );
  }

  async addItem(
    programmeId: string,
    input: HandoverItemCreate,
    caller: Caller,
  ): Promise<HandoverItem> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    await this.authorizer.authorizeAction('manageHandover', programme, caller);
    if (input.process) this.knownProcesses([input.process], 'process');
    return this.sources.handover.addCustomItem(
      programmeId,
      input,
      caller.userRef,
    );
  }

  async putSkills(
    programmeId: string,
    update: SkillsMatrixUpdate,
    caller: Caller,
  ): Promise<SkillsMatrix> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    await this.authorizer.authorizeAction('manageHandover', programme, caller);
    update.people.forEach((person, index) =>
      this.knownProcesses(Object.keys(person.skills), `people.${index}.skills`),
    );
    return this.sources.handover.putSkills(programmeId, update, caller.userRef);
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
