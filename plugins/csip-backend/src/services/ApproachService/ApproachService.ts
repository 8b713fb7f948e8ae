import { InputError } from '@backstage/errors';
import {
  checkDecision,
  Decision,
  DecisionCreate,
} from '@csip-coach/plugin-csip-common';
import { DecisionStore } from '../../database/DecisionStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
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
      options.programmes,
      options.authorizer,
      options.writer,
    );
  }

  private constructor(
    private readonly decisions: DecisionStore,
    private readonly programmes: ProgrammeService,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly writer: ProgrammeWriter,
  ) {}

  async listDecisions(
    programmeId: string,
    caller: Caller,
  ): Promise<Decision[]> {
    await this.programmes.getProgramme(programmeId, caller);
    return this.decisions.listDecisions(programmeId);
  }

  async recordDecision(
    programmeId: string,
    input: DecisionCreate,
    caller: Caller,
  ): Promise<Decision> {
    await this.programmes.getProgramme(programmeId, caller);
    return this.writer.write(programmeId, async ({ stores, programme }) => {
      await this.authorizer.authorizeAction(
        'decideApproach',
        programme,
        caller,
      );
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
    });
  }
}
