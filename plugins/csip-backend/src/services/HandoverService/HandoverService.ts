import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  csipHandoverManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
} from '@csip-coach/plugin-csip-common';
import type {
  HandoverItem,
  HandoverItemCreate,
  HandoverItemUpdate,
  HandoverView,
  Programme,
  SkillsMatrix,
  SkillsMatrixUpdate,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { holdsRole } from '../../permissions/rules';
import { ProgrammeService } from '../ProgrammeService';
import { Caller } from '../types';
import { computeHandoverView, HandoverSources } from './computeHandoverView';

const ALL_ROLES = ['sponsor', 'coach', 'lead', 'member'];

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
    must(
      programme,
      caller,
      ALL_ROLES,
      'Only the programme’s members update its handover items',
    );
    const isCoach = holdsRole(programme, {
      userRefs: [caller.userRef],
      roles: ['coach'],
    });
    const status = update.status ?? item.status;
    if (status === 'verified' && item.status !== 'verified' && !isCoach) {
      throw new NotAllowedError(
        'Only the programme’s coaches verify handover items',
      );
    }
    if (item.status === 'verified' && status !== 'verified' && !isCoach) {
      throw new NotAllowedError(
        'Only the programme’s coaches reopen an item they verified',
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
    const becameVerified = status === 'verified' && item.status !== 'verified';
    const leftVerified = status !== 'verified' && item.status === 'verified';
    await this.authorizer.authorizeProgramme(
      becameVerified || leftVerified
        ? csipHandoverVerifyPermission
        : csipHandoverUpdatePermission,
      programme.id,
      caller.credentials,
    );
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
    must(
      programme,
      caller,
      ['lead', 'coach'],
      'Only the programme’s leads and coaches add handover items',
    );
    await this.authorizer.authorizeProgramme(
      csipHandoverManagePermission,
      programmeId,
      caller.credentials,
    );
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
    must(
      programme,
      caller,
      ['lead', 'coach'],
      'Only the programme’s leads and coaches keep the skills matrix',
    );
    await this.authorizer.authorizeProgramme(
      csipHandoverManagePermission,
      programmeId,
      caller.credentials,
    );
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

function must(
  programme: Programme,
  caller: Caller,
  roles: string[],
  message: string,
) {
  if (!holdsRole(programme, { userRefs: [caller.userRef], roles })) {
    throw new NotAllowedError(message);
  }
}
