import type {
  ActionFields,
  FieldToneFinding,
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
