import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  computeLevel,
  levelledRatings,
  MaturityModel,
  MaturityView,
  ProcessDefinition,
  Programme,
  Review,
  ReviewAmendment,
  ReviewCreate,
  ReviewPublish,
  reviewToneFindings,
  ReviewUpdate,
  summariseMaturity,
  type FieldToneFinding,
  type ReviewRating,
} from '@csip-coach/plugin-csip-common';
import { ReviewStore, Publication } from '../../database/ReviewStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ScopeStore } from '../../database/ScopeStore';
import { ProgrammeService } from '../ProgrammeService';
import { computeScopeView } from '../ScopeService/computeScopeView';
import { Caller } from '../types';

/**
 * Coaching reviews of a programme's processes: coaches write drafts and
 * publish them; publishing computes the level by the ISO/IEC 33020 rule,
 * stores the tone findings, and lands the agreed actions in the register.
 * Published reviews never change; corrections are amendments.
 *
 * @internal
 */
export class ReviewService {
  static create(options: {
    model: MaturityModel;
    reviews: ReviewStore;
    scopes: ScopeStore;
    /** Reads programmes with their existence and read-permission checks. */
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
  }): ReviewService {
    return new ReviewService(
      options.model,
      options.reviews,
      options.scopes,
      options.programmeService,
      options.authorizer,
    );
  }

  private constructor(
    private readonly model: MaturityModel,
    private readonly reviews: ReviewStore,
    private readonly scopes: ScopeStore,
    private readonly programmeService: ProgrammeService,
    private readonly authorizer: ProgrammeAuthorizer,
  ) {}

  getModel(): MaturityModel {
    return this.model;
  }

  async listReviews(programmeId: string, caller: Caller): Promise<Review[]> {
    await this.programmeService.getProgramme(programmeId, caller);
    return this.reviews.listReviews(programmeId);
  }

  async getReview(id: string, caller: Caller): Promise<Review> {
    const review = await this.reviews.getReview(id);
    if (!review) {
      throw new NotFoundError(`No review with id '${id}'`);
    }
    await this.programmeService.getProgramme(review.programmeId, caller);
    return review;
  }

  async createDraft(
    programmeId: string,
    input: ReviewCreate,
    caller: Caller,
  ): Promise<Review> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    await this.mustBeCoach(programme, caller);
    this.checkRatings(this.process(input.process), input.ratings);
    return this.reviews.createDraft(programmeId, input, caller.userRef);
  }

  async updateDraft(
    id: string,
    update: ReviewUpdate,
    caller: Caller,
  ): Promise<Review> {
    const review = await this.coachesReview(id, caller);
    if (update.ratings) {
      this.checkRatings(this.process(review.process), update.ratings);
    }
    return this.reviews.updateDraft(id, update);
  }

  async publish(
    id: string,
    request: ReviewPublish,
    caller: Caller,
  ): Promise<Review> {
    const review = await this.coachesReview(id, caller);
    if (review.state === 'published') {
      throw new ConflictError('This review is already published');
    }
    const publication = this.publication(
      review,
      request.acknowledgeTone,
      caller,
    );
    return this.reviews.publish(id, publication, request.version);
  }

  async amend(
    id: string,
    amendment: ReviewAmendment,
    caller: Caller,
  ): Promise<Review> {
    const original = await this.coachesReview(id, caller);
    if (original.state !== 'published') {
      throw new ConflictError(
        'Only published reviews are amended; edit the draft instead',
      );
    }
    if (amendment.process !== original.process) {
      throw new InputError(
        `Invalid amendment: process: must stay ${original.process}, the process of the review it corrects`,
      );
    }
    const { reason, acknowledgeTone, ...content } = amendment;
    this.checkRatings(this.process(content.process), content.ratings);
    return this.reviews.amend(original, content, {
      ...this.publication(content, acknowledgeTone, caller),
      reason,
    });
  }

  /** Per process: level vs target, trend, calibration gap, last review. */
  async getMaturity(
    programmeId: string,
    caller: Caller,
  ): Promise<MaturityView> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    const [scope, reviews] = await Promise.all([
      computeScopeView(programme, this.scopes),
      this.reviews.listReviews(programmeId),
    ]);
    return summariseMaturity({
      processes: this.model.processes,
      scope,
      reviews,
    });
  }

  /** Level, tone findings and actions of a review about to be published. */
  private publication(
    review: Pick<
      Review,
      | 'process'
      | 'ratings'
      | 'strengths'
      | 'observations'
      | 'suggestions'
      | 'actions'
    >,
    acknowledgeTone: boolean,
    caller: Caller,
  ): Publication {
    const toneFindings = reviewToneFindings(review);
    if (toneFindings.length && !acknowledgeTone) {
      throw new InputError(describeToneFindings(toneFindings));
    }
    const process = this.process(review.process);
    return {
      level: computeLevel(levelledRatings(process.criteria, review.ratings)),
      toneFindings,
      toneAcknowledged: toneFindings.length > 0,
      actions: review.actions,
      publishedBy: caller.userRef,
    };
  }

  /** The review, when the caller may read it and is a coach of its programme. */
  private async coachesReview(id: string, caller: Caller): Promise<Review> {
    const review = await this.getReview(id, caller);
    const programme = await this.programmeService.getProgramme(
      review.programmeId,
      caller,
    );
    await this.mustBeCoach(programme, caller);
    return review;
  }

  private async mustBeCoach(programme: Programme, caller: Caller) {
    await this.authorizer.authorizeAction('writeReview', programme, caller);
  }

  private process(id: string): ProcessDefinition {
    const process = this.model.processes.find(p => p.id === id);
    if (!process) {
      throw new InputError(
        `Invalid review: process: '${id}' is not in the maturity model (${this.model.processes
          .map(p => p.id)
          .join(', ')})`,
      );
    }
    return process;
  }

  private checkRatings(process: ProcessDefinition, ratings: ReviewRating[]) {
    const known = new Set(process.criteria.map(c => c.id));
    const unknown = ratings
      .map((r, index) => ({ ...r, index }))
      .filter(r => !known.has(r.criterionId));
    if (unknown.length) {
      throw new InputError(
        `Invalid review: ${unknown
          .map(
            r =>
              `ratings.${r.index}.criterionId: '${r.criterionId}' is not a criterion of ${process.id}`,
          )
          .join('; ')}`,
      );
    }
  }
}

function describeToneFindings(findings: FieldToneFinding[]): string {
  return `The review has wording the tone guide flags; rephrase it or publish with acknowledgeTone: ${findings
    .map(
      f => `${f.field}: “${f.phrase}” (${f.category}) — try “${f.suggestion}”`,
    )
    .join('; ')}`;
}
