import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  isRoundClosed,
  summariseFeedback,
  type Action,
  type FeedbackActionCreate,
  type FeedbackResponse,
  type FeedbackResponseCreate,
  type FeedbackRound,
  type FeedbackRoundCreate,
  type FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import type { FeedbackStore } from '../../database/FeedbackStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/**
 * Partnership feedback rounds: coaches and leads open a round; anyone who
 * may read the programme (partners and customers need not be members)
 * answers it once, until its closing day, optionally anonymously; anyone
 * who may read it sees the summary, which never says who answered; coaches
 * and leads turn a barrier into an owned action.
 *
 * @internal
 */
export class FeedbackService {
  static create(options: {
    feedback: FeedbackStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): FeedbackService {
    return new FeedbackService(
      options.feedback,
      ProgrammeAccess.create(options),
    );
  }

  private constructor(
    private readonly feedback: FeedbackStore,
    private readonly access: ProgrammeAccess,
  ) {}

  /** Newest first, each saying whether the caller has answered it. */
  async listRounds(
    programmeId: string,
    caller: Caller,
  ): Promise<FeedbackRound[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.feedback.listRounds(programmeId, caller.userRef),
    );
  }

  /** Opens a round; its closing day may not have passed (400). */
  async openRound(
    programmeId: string,
    input: FeedbackRoundCreate,
    caller: Caller,
  ): Promise<FeedbackRound> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'openFeedbackRound',
      async ({ stores }) => {
        const round = await stores.feedback.openRound({
          ...input,
          programmeId,
          createdBy: caller.userRef,
        });
        return { ...round, answeredByMe: false };
      },
      () => {
        if (isRoundClosed(input)) {
          throw new InputError(
            'Invalid feedback round: closesOn: must be today or later',
          );
        }
      },
    );
  }

  /**
   * Records the caller's answer: once per person (409 for a second), until
   * the round's closing day (409 after it); the organisation must be one
   * of the round's (400), and is stored as the round spells it.
   */
  async respond(
    roundId: string,
    input: FeedbackResponseCreate,
    caller: Caller,
  ): Promise<FeedbackResponse> {
    const round = await this.getRound(roundId);
    const organisation = round.organisations.find(
      o =>
        o.toLocaleLowerCase('en-US') ===
        input.organisation.toLocaleLowerCase('en-US'),
    );
    return this.access.writeProgramme(
      round.programmeId,
      caller,
      'respondToFeedback',
      async ({ stores }) => {
        const current = await stores.feedback.getRound(roundId, caller.userRef);
        if (!current) throw new NotFoundError(`No feedback round '${roundId}'`);
        if (current.closed) {
          throw new ConflictError(
            `This feedback round closed on ${current.closesOn}; it takes no more answers`,
          );
        }
        if (current.answeredByMe) {
          throw new ConflictError(
            'You have already answered this feedback round; each person answers once',
          );
        }
        return stores.feedback.recordResponse(
          roundId,
          { ...input, organisation: organisation! },
          caller.userRef,
        );
      },
      () => {
        if (!organisation) {
          throw new InputError(
            `Invalid feedback response: organisation: must be one of the round’s organisations (${round.organisations.join(
              ', ',
            )})`,
          );
        }
      },
    );
  }

  /** The summary of a round (withheld under 3 responses; never who). */
  async getSummary(roundId: string, caller: Caller): Promise<FeedbackSummary> {
    const round = await this.getRound(roundId);
    return this.access.readProgramme(round.programmeId, caller, async () =>
      summariseFeedback({
        roundId,
        organisations: round.organisations,
        responses: await this.feedback.listResponses(roundId),
      }),
    );
  }

  /** A barrier of the round becomes an owned action in the register. */
  async createAction(
    roundId: string,
    input: FeedbackActionCreate,
    caller: Caller,
  ): Promise<Action> {
    const round = await this.getRound(roundId);
    const { barrier, ...fields } = input;
    return this.access.writeProgramme(
      round.programmeId,
      caller,
      'actOnFeedback',
      async ({ stores }) =>
        stores.actions.createAction({
          ...fields,
          programmeId: round.programmeId,
          source: { type: 'feedback', feedbackRoundId: roundId, barrier },
          createdBy: caller.userRef,
        }),
    );
  }

  /** The round, or a 404. */
  private async getRound(roundId: string): Promise<FeedbackRound> {
    const round = await this.feedback.getRound(roundId);
    if (!round) throw new NotFoundError(`No feedback round '${roundId}'`);
    return round;
  }
}
