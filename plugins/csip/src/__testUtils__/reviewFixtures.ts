import {
  BUILT_IN_MATURITY_MODEL,
  type ProcessDefinition,
  type Review,
} from '@csip-coach/plugin-csip-common';

/** The built-in change management process, as reviews rate it. */
export function aChangeProcess(): ProcessDefinition {
  return BUILT_IN_MATURITY_MODEL[0];
}

/** A draft review of change management in programme p1, version 3. */
export function aDraftReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r1',
    programmeId: 'p1',
    process: 'change',
    date: '2026-11-23',
    ledBy: 'coach',
    participants: ['Priya', 'Omar'],
    evidence: ['interview'],
    ratings: [],
    strengths: ['Every change has a record in the tool'],
    observations: [],
    suggestions: [],
    actions: [],
    state: 'draft',
    version: 3,
    author: 'user:default/alex.coach',
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:30:00.000Z',
    ...overrides,
  };
}

/** A published review of change management in programme p1. */
export function aPublishedReview(overrides: Partial<Review> = {}): Review {
  return aDraftReview({
    id: 'r0',
    state: 'published',
    version: 4,
    level: 1,
    publishedAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  });
}
