import type {
  AdviceResponse,
  AdviceResponseCreate,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';

/**
 * Persistence of the advice log (`csip_advice_responses`: a history of the
 * team's responses per suggestion of a published review) and of comments
 * on reviews (`csip_review_comments`).
 *
 * @internal
 */
export interface AdviceStore {
  /**
   * Appends response number `seen + 1` to the suggestion; the primary key
   * makes a response written meanwhile (same number) a ConflictError.
   */
  addResponse(
    response: Omit<AdviceResponseCreate, 'seen'> & {
      seen: number;
      reviewId: string;
      index: number;
      programmeId: string;
      respondedBy: string;
    },
  ): Promise<AdviceResponse>;
  /** Every response of the programme, oldest first per suggestion. */
  listResponses(programmeId: string): Promise<AdviceResponse[]>;
  addComment(comment: {
    reviewId: string;
    programmeId: string;
    text: string;
    author: string;
  }): Promise<ReviewComment>;
  /** Oldest first. */
  listComments(reviewId: string): Promise<ReviewComment[]>;
}
