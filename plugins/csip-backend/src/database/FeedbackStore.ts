import type {
  FeedbackResponse,
  FeedbackResponseCreate,
  FeedbackRound,
  FeedbackRoundCreate,
} from '@csip-coach/plugin-csip-common';
import type { StoredFeedbackRound } from './rows/feedbackRows';

/** A round as the service hands it to the store. @internal */
export type NewFeedbackRound = FeedbackRoundCreate & {
  programmeId: string;
  createdBy: string;
};

/**
 * Persistence of partnership feedback rounds (`csip_feedback_rounds`), who
 * answered them (`csip_feedback_participants`) and the responses
 * (`csip_feedback_responses`), which keep their respondent only when named.
 *
 * @internal
 */
export interface FeedbackStore {
  openRound(round: NewFeedbackRound): Promise<FeedbackRound>;
  /** The round as `viewer` sees it (whether they answered), or undefined. */
  getRound(id: string, viewer?: string): Promise<FeedbackRound | undefined>;
  /** Newest first, as `viewer` sees them. */
  listRounds(programmeId: string, viewer?: string): Promise<FeedbackRound[]>;
  /**
   * Records that `respondent` answered and, separately, the response (with
   * the respondent only when not anonymous); ConflictError when they have
   * answered already.
   */
  recordResponse(
    roundId: string,
    response: FeedbackResponseCreate,
    respondent: string,
  ): Promise<FeedbackResponse>;
  /** In no particular order (never the order they came in). */
  listResponses(roundId: string): Promise<FeedbackResponse[]>;
}

export type { StoredFeedbackRound };
