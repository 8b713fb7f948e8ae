import { InputError } from '@backstage/errors';
import {
  findSelfAssessmentProblems,
  selfAssessmentRoundStart,
  summariseSelfAssessments,
  type MaturityModel,
  type SelfAssessmentAnswer,
  type SelfAssessmentCreate,
  type SelfAssessmentRecorded,
  type SelfAssessmentSummary,
} from '@csip-coach/plugin-csip-common';
import type { ReviewStore } from '../../database/ReviewStore';
import type {
  SelfAssessmentStore,
  StoredSelfAssessment,
} from '../../database/SelfAssessmentStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/** An answer as its own respondent sees it: never who gave it. */
function asAnswer(answer: StoredSelfAssessment): SelfAssessmentAnswer {
  return {
    process: answer.process,
    ratings: answer.ratings,
    anonymous: answer.anonymous,
    answeredAt: answer.answeredAt,
  };
}

const sameRef = (a: string | undefined, b: string) =>
  a !== undefined &&
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * Team self-assessment before a review: leads, members and sponsors rate a
 * process's criteria themselves (optionally anonymously), one answer per
 * person and round, the round beginning when a review of the process is
 * published. Anyone who can read the programme sees the summary, which
 * names nobody and counts anonymous answers only in a group of at least 3.
 *
 * @internal
 */
export class SelfAssessmentService {
  static create(options: {
    selfAssessments: SelfAssessmentStore;
    reviews: ReviewStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
    /** The processes and criteria an answer may rate. */
    model: MaturityModel;
  }): SelfAssessmentService {
    return new SelfAssessmentService(
      options.selfAssessments,
      options.reviews,
      ProgrammeAccess.create(options),
      options.model,
    );
  }

  private constructor(
    private readonly selfAssessments: SelfAssessmentStore,
    private readonly reviews: ReviewStore,
    private readonly access: ProgrammeAccess,
    private readonly model: MaturityModel,
  ) {}

  /**
   * The summary of the current round of `process`, with the caller's own
   * answer of the round if they gave one. An unknown process is a 400.
   */
  async getSummary(
    programmeId: string,
    process: string,
    caller: Caller,
  ): Promise<SelfAssessmentSummary> {
    return this.access.readProgramme(programmeId, caller, async () => {
      this.check('query', { process, ratings: [] });
      const definition = this.model.processes.find(p => p.id === process)!;
      const since = selfAssessmentRoundStart(
        await this.reviews.listReviews(programmeId),
        process,
      );
      const answers = await this.selfAssessments.listRound(
        programmeId,
        process,
        since,
      );
      const mine = answers.find(a => sameRef(a.respondent, caller.userRef));
      return {
        ...summariseSelfAssessments({
          process,
          criterionIds: definition.criteria.map(c => c.id),
          answers,
        }),
        ...(since && { since }),
        ...(mine && { mine: asAnswer(mine) }),
      };
    });
  }

  /**
   * Records the caller's answer of the current round, replacing their
   * earlier one (the round is read inside the writing transaction, so a
   * review published at the same time is either before or after it).
   */
  async record(
    programmeId: string,
    input: SelfAssessmentCreate,
    caller: Caller,
  ): Promise<SelfAssessmentRecorded> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'selfAssess',
      async ({ stores }) => {
        const roundStart = selfAssessmentRoundStart(
          await stores.reviews.listReviews(programmeId),
          input.process,
        );
        const { answer, replaced } = await stores.selfAssessments.recordAnswer({
          programmeId,
          process: input.process,
          roundStart,
          respondent: caller.userRef,
          anonymous: input.anonymous,
          ratings: input.ratings,
        });
        return { ...asAnswer(answer), replaced };
      },
      () => this.check('self-assessment', input),
    );
  }

  /** A 400 naming each field the maturity model does not know. */
  private check(
    what: string,
    input: Parameters<typeof findSelfAssessmentProblems>[1],
  ): void {
    const problems = findSelfAssessmentProblems(this.model.processes, input);
    if (problems.length > 0) {
      throw new InputError(
        `Invalid ${what}: ${problems
          .map(p => `${p.field}: ${p.message}`)
          .join('; ')}`,
      );
    }
  }
}
