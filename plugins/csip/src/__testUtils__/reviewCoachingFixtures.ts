import type {
  AdviceEntry,
  AdviceResponse,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';

/** The team's first response to suggestion 0 of review r1: adopt it. */
export function anAdviceResponse(
  overrides: Partial<AdviceResponse> = {},
): AdviceResponse {
  return {
    reviewId: 'r1',
    index: 0,
    seq: 1,
    response: 'adopt',
    reason: 'It fits our change form',
    respondedBy: 'user:default/priya.change',
    respondedAt: '2026-09-05T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * Suggestion 0 of the change review r1 of 2026-09-01 in the advice log,
 * with no response yet.
 */
export function anAdviceEntry(
  overrides: Partial<AdviceEntry> = {},
): AdviceEntry {
  return {
    reviewId: 'r1',
    process: 'change',
    date: '2026-09-01',
    index: 0,
    technique: 'Risk checklist',
    advice: 'Try a five-question checklist in the change form.',
    responses: 0,
    ...overrides,
  };
}

/** A comment of the coach on review r1. */
export function aReviewComment(
  overrides: Partial<ReviewComment> = {},
): ReviewComment {
  return {
    id: 'c1',
    reviewId: 'r1',
    text: 'The team ran this review well: the evidence is clear.',
    author: 'user:default/alex.coach',
    createdAt: '2026-09-03T10:00:00.000Z',
    ...overrides,
  };
}
