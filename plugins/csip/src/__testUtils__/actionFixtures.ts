import type { Action, Review } from '@csip-coach/plugin-csip-common';

/** The ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An open action of programme p1 agreed in review r1 of change management, due in 5 days. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    programmeId: 'p1',
    description: 'Write the CAB terms of reference',
    owner: 'user:default/priya.change',
    measure: 'Terms agreed by the CAB',
    dueDate: daysFromToday(5),
    status: 'open',
    source: { type: 'review', reviewId: 'r1', process: 'change' },
    overdue: false,
    version: 1,
    createdBy: 'user:default/alex.coach',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * The register of programme p1: 3 open (one in progress) of which 2 are
 * overdue, 1 done, 1 dropped.
 */
export function someActions(): Action[] {
  return [
    anAction(),
    anAction({
      id: 'a2',
      description: 'Publish the change calendar',
      owner: 'user:default/dana.sponsor',
      measure: 'Calendar on the intranet',
      dueDate: daysFromToday(-3),
      overdue: true,
      version: 3,
      source: { type: 'manual' },
    }),
    anAction({
      id: 'a3',
      description: 'Run a post-implementation review',
      status: 'in-progress',
      dueDate: daysFromToday(-1),
      overdue: true,
    }),
    anAction({
      id: 'a4',
      description: 'Define a standard change',
      status: 'done',
      dueDate: daysFromToday(-10),
    }),
    anAction({
      id: 'a5',
      description: 'Buy a new tool',
      status: 'dropped',
      dueDate: daysFromToday(-20),
    }),
  ];
}

/** A published review of change management, as far as actions refer to it. */
export function aPublishedReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r1',
    programmeId: 'p1',
    process: 'change',
    date: '2026-11-20',
    ledBy: 'coach',
    participants: ['Priya'],
    evidence: ['interview'],
    ratings: [],
    strengths: ['The CAB meets every week'],
    observations: [],
    suggestions: [],
    actions: [],
    state: 'published',
    version: 2,
    author: 'user:default/alex.coach',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T12:00:00.000Z',
    publishedAt: '2026-11-20T12:00:00.000Z',
    level: 1,
    ...overrides,
  };
}
