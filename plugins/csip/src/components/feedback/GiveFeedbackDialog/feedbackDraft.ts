import {
  FEEDBACK_BARRIERS,
  type FeedbackBarrier,
  type FeedbackResponseCreate,
} from '@csip-coach/plugin-csip-common';
import type { FieldErrors } from '../../../util/formIssues';

/** A response as the form holds it: every barrier, severities as chosen. */
export type FeedbackDraft = {
  organisation: string;
  anonymous: boolean;
  ratings: Array<{
    barrier: FeedbackBarrier;
    severity: string;
    comment: string;
  }>;
};

/**
 * A new response: the organisation when the round has only one, and every
 * barrier at "Not a barrier" until the respondent says otherwise (so that
 * every answer rates all twelve).
 */
export const emptyFeedback = (
  organisations: readonly string[],
): FeedbackDraft => ({
  organisation: organisations.length === 1 ? organisations[0] : '',
  anonymous: false,
  ratings: FEEDBACK_BARRIERS.map(b => ({
    barrier: b.id,
    severity: '0',
    comment: '',
  })),
});

/** The body to check with `feedbackResponseCreateSchema`. */
export function feedbackBody(
  draft: FeedbackDraft,
): Partial<FeedbackResponseCreate> {
  return {
    organisation: draft.organisation || undefined,
    anonymous: draft.anonymous,
    barriers: draft.ratings.map(r => ({
      barrier: r.barrier,
      severity: Number(r.severity),
      ...(r.comment.trim() && { comment: r.comment }),
    })),
  };
}

/** The schema's problems under the form's fields (`barriers.2.comment` → `ratings.2.comment`). */
export function wordFeedbackProblems(
  _draft: FeedbackDraft,
  found: FieldErrors,
): void {
  for (const field of Object.keys(found)) {
    if (field.startsWith('barriers.')) {
      found[field.replace(/^barriers\./, 'ratings.')] = found[field];
      delete found[field];
    }
  }
  if (found.organisation) {
    found.organisation = 'Choose the organisation you speak for';
  }
}
