import type {
  BarrierRating,
  FeedbackResponse,
  FeedbackRound,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_feedback_rounds`.
 *
 * @internal
 */
export type FeedbackRoundRow = {
  id: string;
  programme_id: string;
  title: string;
  closes_on: string;
  /** JSON: the organisations' names. */
  organisations: string;
  created_by: string;
  created_at: string;
};

/**
 * A row of `csip_feedback_responses`: no time, and the respondent only when
 * the response is named.
 *
 * @internal
 */
export type FeedbackResponseRow = {
  id: string;
  round_id: string;
  organisation: string;
  respondent: string | null;
  /** JSON: the ratings. */
  barriers: string;
};

/** A round as stored, before what is counted or derived. @internal */
export type StoredFeedbackRound = Omit<
  FeedbackRound,
  'responses' | 'closed' | 'answeredByMe'
>;

/** @internal */
export function toStoredRound(row: FeedbackRoundRow): StoredFeedbackRound {
  return {
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    closesOn: row.closes_on,
    organisations: JSON.parse(row.organisations),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** @internal */
export function toRoundRow(round: StoredFeedbackRound): FeedbackRoundRow {
  return {
    id: round.id,
    programme_id: round.programmeId,
    title: round.title,
    closes_on: round.closesOn,
    organisations: JSON.stringify(round.organisations),
    created_by: round.createdBy,
    created_at: round.createdAt,
  };
}

/** @internal */
export function toFeedbackResponse(row: FeedbackResponseRow): FeedbackResponse {
  const barriers: BarrierRating[] = JSON.parse(row.barriers);
  return {
    roundId: row.round_id,
    organisation: row.organisation,
    anonymous: row.respondent === null,
    ...(row.respondent !== null && { respondedBy: row.respondent }),
    barriers,
  };
}
