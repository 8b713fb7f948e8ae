import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  computeLevel,
  levelledRatings,
  MaturityModel,
  MaturityTrendPage,
  MaturityTrendQuery,
  MaturityView,
  ProcessDefinition,
  Programme,
  ProgrammeAction,
  Review,
  ReviewAmendment,
  ReviewCreate,
  ReviewPublish,
  reviewToneFindings,
  DEFAULT_TONE_CONFIG,
  type ToneConfig,
  ReviewUpdate,
  reviewAction,
  summariseMaturityHistory,
  type FieldToneFinding,
  type ReviewRating,
} from '@csip-coach/plugin-csip-common';
import { ReviewStore, Publication } from '../../database/ReviewStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ScopeStore } from '../../database/ScopeStore';
import { ProgrammeService } from '../ProgrammeService';
import { computeScopeView } from '../ScopeService/computeScopeView';
import type { StoreSet } from '../../database/ProgrammeTransactions';
import { ProgrammeAccess } from '../ProgrammeAccess';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/** A review write changes the programme's last-change time but nothing it is read with. */
const REVIEW_WRITE = { touch: true, keepsProgramme: true } as const;

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
    writer: ProgrammeWriter;
    /** The portal's `csip.tone` additions; none by default. */
    tone?: ToneConfig;
  }): ReviewService {
    return new ReviewService(
      options.model,
      options.reviews,
      options.scopes,
      ProgrammeAccess.create(options),
      options.authorizer,
      options.writer,
      options.tone ?? DEFAULT_TONE_CONFIG,
    );
  }

  private constructor(
    private readonly model: MaturityModel,
    private readonly reviews: ReviewStore,
    private readonly scopes: ScopeStore,
    private readonly access: ProgrammeAccess,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly writer: ProgrammeWriter,
    private readonly tone: ToneConfig,
  ) {}

  getModel(): MaturityModel {
    return this.model;
  }

  /** The tone guide's configured additions, for the editor and /tone/check. */
  getToneConfig(): ToneConfig {
    return this.tone;
  }

  async listReviews(programmeId: string, caller: Caller): Promise<Review[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.reviews.listReviews(programmeId),
    );
  }

  async getReview(id: string, caller: Caller): Promise<Review> {
    const review = await this.mustExist(this.reviews, id);
    await this.access.getProgramme(review.programmeId, caller);
    return review;
  }

  /** A new draft: coaches, and leads for a team-led review. */
  async createDraft(
    programmeId: string,
    input: ReviewCreate,
    caller: Caller,
  ): Promise<Review> {
    const read = await this.access.getProgramme(programmeId, caller);
    this.checkRatings(this.process(input.process), input.ratings);
    const checked = await this.mayWrite(read, caller, [input.ledBy]);
    return this.writer.write(
      programmeId,
      async ({ stores, programme }) => {
        this.mayWriteLocked(programme, caller, [input.ledBy], checked);
        return stores.reviews.createDraft(programmeId, input, caller.userRef);
      },
      REVIEW_WRITE,
    );
  }

  async updateDraft(
    id: string,
    update: ReviewUpdate,
    caller: Caller,
  ): Promise<Review> {
    return this.writeReview(id, caller, update.ledBy, (review, stores) => {
      if (update.ratings) {
        this.checkRatings(this.process(review.process), update.ratings);
      }
      return stores.reviews.updateDraft(id, update);
    });
  }

  /**
   * Publishes the draft as it is inside the transaction, at the version the
   * publisher read: the level, tone findings and actions are computed from
   * that same draft, so they always agree with its ratings and text.
   */
  async publish(
    id: string,
    request: ReviewPublish,
    caller: Caller,
  ): Promise<Review> {
    return this.writeReview(id, caller, undefined, (review, stores) => {
      if (review.state === 'published') {
        throw new ConflictError('This review is already published');
      }
      if (review.version !== request.version) {
        throw new ConflictError(
          `The review was changed by someone else (version ${review.version}, you sent ${request.version}); reload and try again`,
        );
      }
      const publication = this.publication(
        review,
        request.acknowledgeTone,
        caller,
      );
      return stores.reviews.publish(id, publication, request.version);
    });
  }

  /** Corrects a published review with a new one; at most one amendment each. */
  async amend(
    id: string,
    amendment: ReviewAmendment,
    caller: Caller,
  ): Promise<Review> {
    const { reason, acknowledgeTone, ...content } = amendment;
    return this.writeReview(id, caller, content.ledBy, (original, stores) => {
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
      this.checkRatings(this.process(content.process), content.ratings);
      return stores.reviews.amend(original, content, {
        ...this.publication(content, acknowledgeTone, caller),
        reason,
      });
    });
  }

  /**
   * Per process: level vs target, the trend's latest points and how many
   * there are, calibration gap, last review; from the review history, so
   * its cost does not grow with the number of reviews.
   */
  async getMaturity(
    programmeId: string,
    caller: Caller,
  ): Promise<MaturityView> {
    const programme = await this.access.getProgramme(programmeId, caller);
    const [scope, history] = await Promise.all([
      computeScopeView(programme, this.scopes),
      this.reviews.getReviewHistory(programmeId, { ratings: true }),
    ]);
    return summariseMaturityHistory({
      processes: this.model.processes,
      scope,
      history,
    });
  }

  /**
   * A page of one process's trend: the points before `query.cursor` (the
   * review id of the oldest point the caller has), oldest first. A cursor
   * that is not a published review of the process that counts is a 400.
   */
  async getMaturityTrend(
    programmeId: string,
    query: MaturityTrendQuery,
    caller: Caller,
  ): Promise<MaturityTrendPage> {
    return this.access.readProgramme(programmeId, caller, async () => {
      const page = await this.reviews.listTrendPage(
        programmeId,
        query.process,
        { before: query.cursor, limit: query.limit },
      );
      if (!page) {
        throw new InputError(
          `Invalid query: cursor: '${query.cursor}' is not a published ${query.process} review of this programme`,
        );
      }
      const items = page.items.reverse().map(r => ({
        date: r.date,
        level: r.level ?? 0,
        reviewId: r.id,
      }));
      return {
        items,
        total: page.total,
        ...(page.more && items.length > 0 && { nextCursor: items[0].reviewId }),
      };
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
    const toneFindings = reviewToneFindings(review, this.tone);
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

  private async mustExist(reviews: ReviewStore, id: string): Promise<Review> {
    const review = await reviews.getReview(id);
    if (!review) {
      throw new NotFoundError(`No review with id '${id}'`);
    }
    return review;
  }

  /**
   * Runs `mutation` on the review as it is inside its programme's locked
   * transaction, once the caller may write it (as stored, and as `ledBy`
   * asks it to become): the portal's policy asked before the transaction,
   * on the review as read then, the role rules again inside it.
   */
  private async writeReview<T>(
    id: string,
    caller: Caller,
    ledBy: Review['ledBy'] | undefined,
    mutation: (review: Review, stores: StoreSet) => Promise<T>,
  ): Promise<T> {
    const read = await this.mustExist(this.reviews, id);
    const checked = await this.mayWrite(
      await this.access.getProgramme(read.programmeId, caller),
      caller,
      [read.ledBy, ledBy],
    );
    return this.writer.write(
      read.programmeId,
      async ({ stores, programme }) => {
        const review = await this.mustExist(stores.reviews, id);
        this.mayWriteLocked(programme, caller, [review.ledBy, ledBy], checked);
        return mutation(review, stores);
      },
      REVIEW_WRITE,
    );
  }

  /**
   * Coaches write any review; leads also a team-led one. Every `ledBy`
   * involved (as stored and as requested) must pass, so a lead cannot turn
   * a coach-led review into a team-led one or back. Before the
   * transaction: the role rules and the portal's policy; returns the
   * actions checked.
   */
  private async mayWrite(
    programme: Programme,
    caller: Caller,
    ledBy: ReadonlyArray<Review['ledBy'] | undefined>,
  ): Promise<ProgrammeAction[]> {
    const actions = reviewActions(ledBy);
    for (const action of actions) {
      await this.authorizer.authorizeAction(action, programme, caller);
    }
    return actions;
  }

  /** Inside the transaction: the role rules of {@link mayWrite}, on the programme as locked. */
  private mayWriteLocked(
    programme: Programme,
    caller: Caller,
    ledBy: ReadonlyArray<Review['ledBy'] | undefined>,
    checked: readonly ProgrammeAction[],
  ): void {
    for (const action of reviewActions(ledBy)) {
      this.authorizer.authorizeRoleInWrite(action, programme, caller, checked);
    }
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

/** The actions of writing reviews led as each of `ledBy`, once each. */
function reviewActions(
  ledBy: ReadonlyArray<Review['ledBy'] | undefined>,
): ProgrammeAction[] {
  return [
    ...new Set(ledBy.flatMap(l => (l === undefined ? [] : [reviewAction(l)]))),
  ];
}
