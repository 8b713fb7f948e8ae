import type {
  CoachingSummary,
  FollowUp,
  Moment,
  MyFollowUp,
} from '@csip-coach/plugin-csip-common';
import { daysFromToday } from './actionFixtures';

/** An in-the-work moment of change management in programme p1, at a CAB meeting. */
export function aMoment(overrides: Partial<Moment> = {}): Moment {
  return {
    id: 'm1',
    programmeId: 'p1',
    process: 'change',
    kind: 'in-the-work',
    context: { kind: 'cab-meeting', ref: 'CAB-2026-47', title: 'Weekly CAB' },
    observation: 'Two changes reached the CAB without a backout plan.',
    question: 'What would tell you a change is ready for CAB?',
    answer: 'A tested backout plan and the risk written down.',
    commitment: {
      text: 'Add a backout-plan check to the change form',
      owner: 'user:default/priya.change',
      followUpOn: '2026-12-01',
    },
    recordedBy: 'user:default/alex.coach',
    at: '2026-11-24T10:00:00.000Z',
    followUpId: 'f1',
    ...overrides,
  };
}

/** A scheduled moment of release management, without context or commitment. */
export function aScheduledMoment(overrides: Partial<Moment> = {}): Moment {
  return {
    id: 'm2',
    programmeId: 'p1',
    process: 'release',
    kind: 'scheduled',
    observation: 'The release calendar is kept by one person.',
    recordedBy: 'user:default/alex.coach',
    at: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

/** The open commitment of moment m1, due for follow-up. */
export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    programmeId: 'p1',
    momentId: 'm1',
    process: 'change',
    text: 'Add a backout-plan check to the change form',
    owner: 'user:default/priya.change',
    followUpOn: daysFromToday(-1),
    recordedBy: 'user:default/alex.coach',
    createdAt: '2026-11-24T10:00:00.000Z',
    due: true,
    ...overrides,
  };
}

/** Commitments of p1: one due, one not due yet, one kept. */
export function someFollowUps(): FollowUp[] {
  return [
    aFollowUp(),
    aFollowUp({
      id: 'f2',
      momentId: 'm3',
      text: 'Walk the release checklist with the service desk',
      process: 'release',
      owner: 'user:default/dana.sponsor',
      followUpOn: daysFromToday(7),
      due: false,
    }),
    aFollowUp({
      id: 'f3',
      momentId: 'm4',
      text: 'Write down the risk of every normal change',
      followUpOn: '2026-11-01',
      due: false,
      outcome: 'kept',
      note: 'Every change since has a risk rating.',
      outcomeBy: 'user:default/alex.coach',
      outcomeAt: '2026-11-02T09:00:00.000Z',
    }),
  ];
}

/** One of the signed-in user's open commitments, for `GET /me/work`. */
export function aMyFollowUp(overrides: Partial<MyFollowUp> = {}): MyFollowUp {
  return {
    ...aFollowUp(),
    programmeTitle: 'Change management CSIP',
    ...overrides,
  };
}

/** The coaching summary of a programme with nothing recorded yet. */
export function anEmptyCoachingSummary(): CoachingSummary {
  return {
    inTheWork: 0,
    scheduled: 0,
    ratio: null,
    target: 3,
    openCommitments: 0,
    dueFollowUps: 0,
    commitmentOutcomes: { kept: 0, partly: 0, notYet: 0 },
    advice: { adopted: 0, deferred: 0, declined: 0, awaiting: 0 },
    reviewsLedBy: { coach: 0, coLed: 0, team: 0 },
    sustain: {
      active: false,
      cadenceDays: 90,
      lastTeamReviewOn: null,
      nextDueOn: null,
      lapsed: false,
      levelDrops: [],
    },
  };
}

/** 9 in the work to 3 scheduled, 2 open commitments (1 due), advice answered. */
export function aCoachingSummary(
  overrides: Partial<CoachingSummary> = {},
): CoachingSummary {
  return {
    ...anEmptyCoachingSummary(),
    inTheWork: 9,
    scheduled: 3,
    ratio: 3,
    openCommitments: 2,
    dueFollowUps: 1,
    commitmentOutcomes: { kept: 2, partly: 1, notYet: 0 },
    advice: { adopted: 4, deferred: 1, declined: 1, awaiting: 2 },
    reviewsLedBy: { coach: 2, coLed: 1, team: 0 },
    ...overrides,
  };
}
