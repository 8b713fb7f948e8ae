import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Agreement,
  AgreementCreate,
  approverStatuses,
  AwaitingAgreement,
  csipScopeAgreePermission,
  MaturityModel,
  Programme,
  requiredApprovers,
  ScopeVersion,
  ScopeVersionCreate,
  ScopeView,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeStore } from '../../database/ProgrammeStore';
import { ScopeStore } from '../../database/ScopeStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { syncChecklist } from '../HandoverService/computeHandoverView';
import { ProgrammeService } from '../ProgrammeService';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';
import { computeScopeView } from './computeScopeView';

/**
 * Scope versions and sponsor agreement: leads and coaches publish, required
 * approvers agree or decline as themselves, on the current version only.
 *
 * @internal
 */
export class ScopeService {
  static create(options: {
    programmes: ProgrammeStore;
    /** Reads programmes with their existence and read-permission checks. */
    programmeService: ProgrammeService;
    scopes: ScopeStore;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
    model: MaturityModel;
    /** Tells approvers a version awaits them, when the portal has notifications. */
    notifications?: NotificationService;
    logger?: LoggerService;
  }): ScopeService {
    return new ScopeService(options);
  }

  private readonly programmes: ProgrammeStore;
  private readonly access: ProgrammeAccess;
  private readonly scopes: ScopeStore;
  private readonly authorizer: ProgrammeAuthorizer;
  private readonly writer: ProgrammeWriter;
  private readonly model: MaturityModel;
  private readonly notifications?: NotificationService;
  private readonly logger?: LoggerService;

  private constructor(options: Parameters<typeof ScopeService.create>[0]) {
    this.programmes = options.programmes;
    this.access = ProgrammeAccess.create(options);
    this.scopes = options.scopes;
    this.authorizer = options.authorizer;
    this.writer = options.writer;
    this.model = options.model;
    this.notifications = options.notifications;
    this.logger = options.logger;
  }

  async getScope(programmeId: string, caller: Caller): Promise<ScopeView> {
    return this.access.readProgramme(programmeId, caller, programme =>
      computeScopeView(programme, this.scopes),
    );
  }

  async listVersions(
    programmeId: string,
    caller: Caller,
  ): Promise<ScopeVersion[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.scopes.listVersions(programmeId),
    );
  }

  /**
   * Every agree and decline recorded on one version, oldest first, changed
   * minds included; 404 when the programme has no such version.
   */
  async listAgreements(
    programmeId: string,
    versionNumber: number,
    caller: Caller,
  ): Promise<Agreement[]> {
    return this.access.readProgramme(programmeId, caller, async () => {
      findVersion(
        await this.scopes.listVersions(programmeId),
        programmeId,
        versionNumber,
      );
      return this.scopes.listAgreements(programmeId, versionNumber);
    });
  }

  /**
   * Publishes a new version (leads and coaches): its processes must be in
   * the maturity model; the handover checklist follows the new scope in the
   * same transaction (items added, retired or restored). Approvers are told
   * after it commits.
   */
  async publishVersion(
    programmeId: string,
    scope: ScopeVersionCreate,
    caller: Caller,
  ): Promise<ScopeVersion> {
    const { programme, version } = await this.access.writeProgramme(
      programmeId,
      caller,
      'publishScope',
      async ({ stores, programme: locked }) => {
        const published = await stores.scopes.publishVersion(
          programmeId,
          scope,
          caller.userRef,
        );
        await syncChecklist(
          programmeId,
          published.processes.map(p => p.process),
          { model: this.model, handover: stores.handover },
        );
        return { programme: locked, version: published };
      },
      () => this.checkProcesses(scope),
    );
    await this.notifyApprovers(programme, version);
    return version;
  }

  /** Every process of the version is one of the maturity model (400). */
  private checkProcesses(scope: ScopeVersionCreate) {
    const unknown = scope.processes
      .map((p, index) => ({ id: p.process, index }))
      .filter(p => !this.model.processes.some(m => m.id === p.id));
    if (unknown.length) {
      throw new InputError(
        `Invalid scope version: ${unknown
          .map(
            p =>
              `processes.${p.index}.process: '${
                p.id
              }' is not a process of the maturity model (${this.model.processes
                .map(m => m.id)
                .join(', ')})`,
          )
          .join('; ')}`,
      );
    }
  }

  /**
   * Best effort: a portal without the notifications backend still publishes;
   * the approvers then find the version under "Awaiting my agreement".
   */
  private async notifyApprovers(programme: Programme, version: ScopeVersion) {
    if (!this.notifications) return;
    try {
      await this.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: requiredApprovers(programme.members, version),
        },
        payload: {
          title: `Scope version ${version.number} of ${programme.title} awaits your agreement`,
          description:
            'Read what changed since the previous version, then agree or decline.',
          link: `/csip/programmes/${programme.id}?tab=scope`,
          severity: 'normal',
          topic: 'csip-scope-agreement',
        },
      });
    } catch (error) {
      this.logger?.warn(
        `Could not notify the approvers of scope version ${version.number} of programme ${programme.id}: ${error}`,
      );
    }
  }

  /**
   * Records the caller's agree or decline on a version, which must be the
   * current one when the transaction commits (a version published at the
   * same moment waits for the programme's lock, so it cannot slip in).
   * The caller must be one of its approvers as read before the transaction
   * (then the portal's policy is asked) and as locked inside it.
   */
  async recordAgreement(
    programmeId: string,
    versionNumber: number,
    agreement: AgreementCreate,
    caller: Caller,
  ): Promise<Agreement> {
    const read = await this.access.getProgramme(programmeId, caller);
    mustApprove(
      read,
      findVersion(
        await this.scopes.listVersions(programmeId),
        programmeId,
        versionNumber,
      ),
      caller,
    );
    await this.authorizer.authorizeProgramme(
      csipScopeAgreePermission,
      read,
      caller.credentials,
    );
    return this.writer.write(programmeId, async ({ stores, programme }) => {
      const versions = await stores.scopes.listVersions(programmeId);
      const version = findVersion(versions, programmeId, versionNumber);
      mustApprove(programme, version, caller);
      if (version !== versions[0]) {
        throw new ConflictError(
          `Scope version ${versionNumber} was superseded by version ${versions[0].number}; agreements never carry over, so review the current version`,
        );
      }
      return stores.scopes.recordAgreement({
        programmeId,
        versionNumber,
        userRef: caller.userRef,
        decision: agreement.decision,
        comment: agreement.comment,
      });
    });
  }

  /** Current versions that wait for the caller's decision. */
  async awaiting(caller: Caller): Promise<AwaitingAgreement[]> {
    const key = caller.userRef.toLocaleLowerCase('en-US');
    const result: AwaitingAgreement[] = [];
    const programmes: Programme[] = [];
    for (const version of await this.scopes.listCurrentVersions()) {
      const programme = await this.programmes.getProgramme(version.programmeId);
      if (!programme || programme.archived) continue;
      const approvers = requiredApprovers(programme.members, version);
      const mine = approvers.filter(a => a.toLocaleLowerCase('en-US') === key);
      if (!mine.length) continue;
      const [status] = approverStatuses(
        mine,
        version.number,
        await this.scopes.listAgreements(programme.id, version.number),
      );
      if (!status.decision) {
        programmes.push(programme);
        result.push({
          programmeId: programme.id,
          programmeTitle: programme.title,
          ownerRef: programme.ownerRef,
          versionNumber: version.number,
          publishedBy: version.publishedBy,
          publishedAt: version.publishedAt,
        });
      }
    }
    const readable = await this.authorizer.readableIds(
      programmes,
      caller.credentials,
      ids => this.programmes.getMembers(ids),
    );
    return result
      .filter(r => readable.has(r.programmeId))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }
}

/** The version numbered `versionNumber` of `versions`; 404 when there is none. */
/** 403 unless the caller is one of the version's required approvers. */
function mustApprove(
  programme: Programme,
  version: ScopeVersion,
  caller: Caller,
): void {
  const key = caller.userRef.toLocaleLowerCase('en-US');
  if (
    !requiredApprovers(programme.members, version).some(
      a => a.toLocaleLowerCase('en-US') === key,
    )
  ) {
    throw new NotAllowedError(
      'Only the programme’s sponsors and the listed approvers agree its scope',
    );
  }
}

function findVersion(
  versions: ScopeVersion[],
  programmeId: string,
  versionNumber: number,
): ScopeVersion {
  const version = versions.find(v => v.number === versionNumber);
  if (!version) {
    throw new NotFoundError(
      `Programme '${programmeId}' has no scope version ${versionNumber}`,
    );
  }
  return version;
}
