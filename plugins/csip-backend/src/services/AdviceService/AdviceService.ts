import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  AdviceEntry,
  AdviceResponse,
  AdviceResponseCreate,
  Review,
  ReviewComment,
  ReviewCommentCreate,
} from '@csip-coach/plugin-csip-common';
import { AdviceStore } from '../../database/AdviceStore';
import { ReviewStore } from '../../database/ReviewStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';
import { adviceLog } from './adviceLog';

/**
 * The advice log and comments on reviews: the team (leads and members)
 * responds to each growth suggestion of a published review, as a history
 * of responses; coaches and leads comment on any review. Anyone who can
 * read the programme reads both.
 *
 * @internal
 */
export class AdviceService {
  static create(options: {
    advice: AdviceStore;
    reviews: ReviewStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): AdviceService {
    return new AdviceService(
      options.advice,
      options.reviews,
      ProgrammeAccess.create(options),
    );
  }

  private constructor(
    private readonly advice: AdviceStore,
    private readonly reviews: ReviewStore,
    private readonly access: ProgrammeAccess,
  ) {}

  /** Every suggestion of the programme's published reviews, newest review first. */
  async listAdvice(
    programmeId: string,
    caller: Caller,
  ): Promise<AdviceEntry[]> {
    return this.access.readProgramme(programmeId, caller, async () => {
      // One query at a time, like every read of the plugin.
      const reviews = await this.reviews.listReviews(programmeId);
      const responses = await this.advice.listResponses(programmeId);
      return adviceLog(reviews, responses);
    });
  }

  /**
   * Records the team's response to suggestion `index` of a published,
   * unamended review, as number `seen + 1` of its history (409 when
   * someone responded meanwhile).
   */
  async respond(
    reviewId: string,
    index: number,
    input: AdviceResponseCreate,
    caller: Caller,
  ): Promise<AdviceResponse> {
    const { programmeId } = await this.mustExist(this.reviews, reviewId);
    return this.access.writeProgramme(
      programmeId,
      caller,
      'respondToAdvice',
      async ({ stores }) => {
        // The review as it is inside the transaction: an amendment or a
        // publication cannot slip in between the checks and the insert.
        const review = await this.mustExist(stores.reviews, reviewId);
        if (review.state !== 'published') {
          throw new ConflictError(
            'The review is still a draft: its suggestions get responses once it is published',
          );
        }
        if (review.amendedBy) {
          throw new ConflictError(
            `The review has been amended: respond to the suggestions of its amendment (review ${review.amendedBy}) instead`,
          );
        }
        if (index >= review.suggestions.length) {
          throw new NotFoundError(
            `The review has no suggestion ${index} (it has ${review.suggestions.length})`,
          );
        }
        return stores.advice.addResponse({
          ...input,
          reviewId,
          index,
          programmeId,
          respondedBy: caller.userRef,
        });
      },
    );
  }

  /** Comments on a review, oldest first. */
  async listComments(
    reviewId: string,
    caller: Caller,
  ): Promise<ReviewComment[]> {
    const { programmeId } = await this.mustExist(this.reviews, reviewId);
    return this.access.readProgramme(programmeId, caller, () =>
      this.advice.listComments(reviewId),
    );
  }

  /** Comments on any review of the programme (draft or published) as the caller. */
  async addComment(
    reviewId: string,
    input: ReviewCommentCreate,
    caller: Caller,
  ): Promise<ReviewComment> {
    const { programmeId } = await this.mustExist(this.reviews, reviewId);
    return this.access.writeProgramme(
      programmeId,
      caller,
      'commentOnReview',
      async ({ stores }) =>
        stores.advice.addComment({
          reviewId,
          programmeId,
          text: input.text,
          author: caller.userRef,
        }),
    );
  }

  private async mustExist(reviews: ReviewStore, id: string): Promise<Review> {
    const review = await reviews.getReview(id);
    if (!review) {
      throw new NotFoundError(`No review with id '${id}'`);
    }
    return review;
  }
}
