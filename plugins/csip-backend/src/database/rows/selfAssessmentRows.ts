import type { SelfRating } from '@csip-coach/plugin-csip-common';
import type { StoredSelfAssessment } from '../SelfAssessmentStore';

/**
 * A row of `csip_self_assessments`.
 *
 * @internal
 */
export type SelfAssessmentRow = {
  id: string;
  programme_id: string;
  process: string;
  /** '' for the first round (no review of the process published yet). */
  round_start: string;
  respondent: string | null;
  anonymous: boolean | number;
  /** JSON: `[{ criterionId, rating }]`. */
  ratings: string;
  answered_at: string;
};

/** @internal */
export function toSelfAssessmentRow(
  answer: StoredSelfAssessment,
): SelfAssessmentRow {
  return {
    id: answer.id,
    programme_id: answer.programmeId,
    process: answer.process,
    round_start: answer.roundStart ?? '',
    respondent: answer.respondent ?? null,
    anonymous: answer.anonymous,
    ratings: JSON.stringify(answer.ratings),
    answered_at: answer.answeredAt,
  };
}

/** @internal */
export function toStoredSelfAssessment(
  row: SelfAssessmentRow,
): StoredSelfAssessment {
  const ratings: Array<{ criterionId: string; rating: SelfRating }> =
    JSON.parse(row.ratings);
  return {
    id: row.id,
    programmeId: row.programme_id,
    process: row.process,
    roundStart: row.round_start || undefined,
    respondent: row.respondent ?? undefined,
    anonymous: Boolean(row.anonymous),
    ratings,
    answeredAt: row.answered_at,
  };
}
