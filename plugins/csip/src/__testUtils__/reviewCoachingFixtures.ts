import type {
  AdviceEntry,
  AdviceResponse,
  FollowUp,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';

/**
 * An open commitment of change management in programme p1, made in a
 * coaching moment, to follow up on 2026-12-01 (not due yet).
 */
export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    programmeId: 'p1',
    momentId: 'm1',
    process: 'change',
    text: 'Try the risk checklist on the next three changes',
    owner: 'user:default/priya.change',
    followUpOn: '2026-12-01',
    recordedBy: 'user:default/alex.coach',
    createdAt: '2026-11-10T10:00:00.000Z',
    due: false,
    ...overrides,
  };
}

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
