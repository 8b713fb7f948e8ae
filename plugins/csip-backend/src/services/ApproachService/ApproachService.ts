import { InputError } from '@backstage/errors';
import {
  checkDecision,
  Decision,
  DecisionCreate,
} from '@csip-coach/plugin-csip-common';
import { DecisionStore } from '../../database/DecisionStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/**
 * The implementation-approach decisions of a programme: append-only, made
 * as the caller, against the recommendation of the answers given.
 *
 * @internal
 */
export class ApproachService {
  static create(options: {
    decisions: DecisionStore;
    programmes: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): ApproachService {
    return new ApproachService(
      options.decisions,
      ProgrammeAccess.create({
        ...options,
        programmeService: options.programmes,
      }),
    );
  }

  private constructor(
    private readonly decisions: DecisionStore,
    private readonly access: ProgrammeAccess,
  ) {}

  async listDecisions(
    programmeId: string,
    caller: Caller,
  ): Promise<Decision[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.decisions.listDecisions(programmeId),
    );
  }

  async recordDecision(
    programmeId: string,
    input: DecisionCreate,
    caller: Caller,
  ): Promise<Decision> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'decideApproach',
      async ({ stores }) => {
        const { recommended, issues } = checkDecision(input);
        if (issues.length) {
          throw new InputError(
            `Invalid decision: ${issues
              .map(i => `${i.field}: ${i.message}`)
              .join('; ')}`,
          );
        }
        return stores.decisions.recordDecision({
          ...input,
          programmeId,
          recommended,
          decidedBy: caller.userRef,
        });
      },
    );
  }
}
