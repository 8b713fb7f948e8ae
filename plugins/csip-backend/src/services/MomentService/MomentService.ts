import { InputError, NotFoundError } from '@backstage/errors';
import type {
  FollowUp,
  FollowUpOutcome,
  MaturityModel,
  Moment,
  MomentCreate,
} from '@csip-coach/plugin-csip-common';
import type { MomentStore } from '../../database/MomentStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import type { CatalogRefValidator } from '../CatalogRefValidator';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/**
 * Coaching between reviews: coaches and leads record coaching moments (as
 * themselves, now); a moment's commitment becomes a follow-up, whose
 * outcome any member records once. Anyone who can read a programme sees
 * its moments and follow-ups.
 *
 * @internal
 */
export class MomentService {
  static create(options: {
    moments: MomentStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
    /** The processes a moment may be about. */
    model: MaturityModel;
    /** Checks that a commitment's owner is in the catalog. */
    catalogRefs: CatalogRefValidator;
  }): MomentService {
    return new MomentService(
      options.moments,
      ProgrammeAccess.create(options),
      options.model,
      options.catalogRefs,
    );
  }

  private constructor(
    private readonly moments: MomentStore,
    private readonly access: ProgrammeAccess,
    private readonly model: MaturityModel,
    private readonly catalogRefs: CatalogRefValidator,
  ) {}

  /** Newest first. */
  async listMoments(programmeId: string, caller: Caller): Promise<Moment[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.moments.listMoments(programmeId),
    );
  }

  /** Open ones first by follow-up date, then those with an outcome. */
  async listFollowUps(
    programmeId: string,
    caller: Caller,
  ): Promise<FollowUp[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.moments.listFollowUps(programmeId),
    );
  }

  /**
   * Records a moment, and its commitment's follow-up, in one transaction.
   * The process must be in the maturity model and the commitment's owner in
   * the catalog (400 naming the field; 503 when the catalog cannot answer).
   */
  async recordMoment(
    programmeId: string,
    input: MomentCreate,
    caller: Caller,
  ): Promise<Moment> {
    await this.access.readProgramme(programmeId, caller, async () => {
      this.checkProcess(input.process);
      if (input.commitment) {
        await this.catalogRefs.check(
          [{ field: 'commitment.owner', ref: input.commitment.owner }],
          'moment',
        );
      }
    });
    return this.access.writeProgramme(
      programmeId,
      caller,
      'recordMoment',
      async ({ stores }) =>
        stores.moments.recordMoment({
          ...input,
          programmeId,
          recordedBy: caller.userRef,
        }),
    );
  }

  /** Records how a commitment went, once (409 for a second outcome). */
  async recordOutcome(
    id: string,
    outcome: FollowUpOutcome,
    caller: Caller,
  ): Promise<FollowUp> {
    const followUp = await this.moments.getFollowUp(id);
    if (!followUp) {
      throw new NotFoundError(`No follow-up with id '${id}'`);
    }
    return this.access.writeProgramme(
      followUp.programmeId,
      caller,
      'recordFollowUpOutcome',
      async ({ stores }) =>
        stores.moments.recordOutcome(id, outcome, caller.userRef),
    );
  }

  /** A 400 naming `process` when the maturity model has no such process. */
  private checkProcess(process: string): void {
    const known = this.model.processes.map(p => p.id);
    if (!known.includes(process)) {
      throw new InputError(
        `Invalid moment: process: '${process}' is not a process of the maturity model (one of ${known.join(
          ', ',
        )})`,
      );
    }
  }
}
