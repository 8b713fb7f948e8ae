import type {
  ActionFields,
  FieldToneFinding,
  HistoryReview,
  ReviewHistory,
  Review,
  ReviewCreate,
  ReviewUpdate,
} from '@csip-coach/plugin-csip-common';

/** What publishing adds to a review. @internal */
export type Publication = {
  level: number;
  toneFindings: FieldToneFinding[];
  toneAcknowledged: boolean;
  /** The agreed actions, which land in the action register. */
  actions: ActionFields[];
  /** Who publishes: becomes the creator of the actions. */
  publishedBy: string;
};

/**
 * Persistence of maturity reviews: drafts are edited in place under
 * optimistic concurrency; published reviews are never changed.
 *
 * @internal
 */
export interface ReviewStore {
  createDraft(
    programmeId: string,
    review: ReviewCreate,
    author: string,
  ): Promise<Review>;
  getReview(id: string): Promise<Review | undefined>;
  /** Newest review date first. */
  listReviews(programmeId: string): Promise<Review[]>;
  /**
   * The programme's review history in a size that does not grow with it:
   * per process its latest `keep` published reviews that count
   * (`HISTORY_KEEP` by default) and its counts; with `ratings` the latest
   * review's ratings, with `coaches` who ran the reviews (the coach
   * fade-out's counts). No other review's content is read.
   */
  getReviewHistory(
    programmeId: string,
    options?: {
      keep?: number;
      ratings?: boolean;
      coaches?: readonly string[];
    },
  ): Promise<ReviewHistory>;
  /**
   * The review histories of several programmes (each as
   * `getReviewHistory` without `coaches` gives it), in a fixed number of
   * reads however many programmes there are; for the status backfill.
   */
  getReviewHistories(
    programmeIds: readonly string[],
  ): Promise<Map<string, ReviewHistory>>;
  /**
   * A page of one process's trend, newest first: the `limit` published
   * reviews that count before the review `before` (or the latest), how many
   * there are, and whether older ones remain. Undefined when `before` is not
   * a published review of the process that counts.
   */
  listTrendPage(
    programmeId: string,
    process: string,
    options: { before?: string; limit: number },
  ): Promise<
    { items: HistoryReview[]; total: number; more: boolean } | undefined
  >;
  /**
   * Changes a draft; ConflictError when published or when `update.version`
   * is stale, NotFoundError when missing.
   */
  updateDraft(id: string, update: ReviewUpdate): Promise<Review>;
  /**
   * Publishes a draft and inserts its actions in one transaction;
   * ConflictError when already published or `expectedVersion` is stale.
   */
  publish(
    id: string,
    publication: Publication,
    expectedVersion?: number,
  ): Promise<Review>;
  /**
   * Records a published correction of a published review, with its actions;
   * ConflictError when the original was already amended.
   */
  amend(
    original: Review,
    amendment: ReviewCreate,
    meta: Publication & { reason: string },
  ): Promise<Review>;
}
