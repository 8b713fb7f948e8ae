import type {
  Decision,
  PhaseStatus,
  Programme,
  ProgrammeArchive,
  Review,
  ScopeVersion,
  ScopeView,
} from '@csip-coach/plugin-csip-common';
import type { CsipApi } from '../api';
import { someActions } from './actionFixtures';
import { aDecision, aProgramme, aScopeVersion, aScopeView } from './fixtures';
import { aHandoverView, aNoScopeHandoverView } from './handoverFixtures';
import {
  aDraftReview,
  aMaturityView,
  anUnreviewedProcessMaturity,
  aProcessMaturity,
  aPublishedReview,
  aSecondPublishedReview,
} from './reviewsTabFixtures';

/** Programme p1 in the review phase, doing it itself with coaching. */
export function aReportProgramme(
  overrides: Partial<Programme> = {},
): Programme {
  return aProgramme({
    phase: 'review',
    approach: 'diy-with-coaching',
    ...overrides,
  });
}

/**
 * Programme p1's phase history: forward to implement and review, back to
 * implement with a reason, and forward to review again.
 */
export function aReportPhaseStatus(): PhaseStatus {
  const move = (
    id: string,
    from: PhaseStatus['phase'],
    to: PhaseStatus['phase'],
    movedAt: string,
    reason?: string,
  ) => ({
    id,
    programmeId: 'p1',
    from,
    to,
    movedAt,
    reason,
    movedBy: 'user:default/priya.change',
  });
  return {
    phase: 'review',
    facts: { approachDecided: true, scopeAgreed: true, handoverReady: false },
    next: {
      to: 'handover',
      allowed: true,
      unmet: [],
    },
    // Newest first, as the API lists them.
    transitions: [
      move('t4', 'implement', 'review', '2027-02-15T09:00:00.000Z'),
      move(
        't3',
        'review',
        'implement',
        '2027-02-01T09:00:00.000Z',
        'Release management needs another round',
      ),
      move('t2', 'implement', 'review', '2027-01-10T09:00:00.000Z'),
      move('t1', 'establish', 'implement', '2026-12-01T09:00:00.000Z'),
    ],
  };
}

/** Two approach decisions, the later one first. */
export function someReportDecisions(): Decision[] {
  return [
    aDecision({
      id: 'd2',
      rationale: 'The team wants to own the processes, with a coach beside it.',
      decidedAt: '2026-11-28T09:00:00.000Z',
    }),
    aDecision({
      id: 'd1',
      approach: 'diy',
      rationale: 'We thought we could do it alone.',
      decidedAt: '2026-11-21T09:30:00.000Z',
    }),
  ];
}

/** Scope version 2 with change and release management, agreed by both approvers. */
export function aReportScopeVersion(
  overrides: Partial<ScopeVersion> = {},
): ScopeVersion {
  return aScopeVersion({
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
      {
        process: 'release',
        baselineLevel: 0,
        targetLevel: 2,
        targetDate: '2027-09-30',
      },
    ],
    ...overrides,
  });
}

/** The agreed scope of programme p1. */
export function aReportScopeView(): ScopeView {
  return aScopeView({
    current: aReportScopeVersion(),
    status: 'agreed',
    approvers: [
      {
        userRef: 'user:default/dana.sponsor',
        decision: 'agree',
        comment: 'Go ahead',
        at: '2026-11-24T09:00:00.000Z',
      },
      {
        userRef: 'user:default/priya.change',
        decision: 'agree',
        comment: '',
        at: '2026-11-23T09:00:00.000Z',
      },
    ],
  });
}

/**
 * The reviews of programme p1, newest first: a draft (never reported), an
 * amendment (r4) of the level-2 review r2, r2 itself and the first review
 * r1 — all of change management.
 */
export function someReportReviews(): Review[] {
  return [
    aDraftReview(),
    aSecondPublishedReview({
      id: 'r4',
      amends: 'r2',
      amendmentReason: 'Sam joined the review too',
      participants: ['Priya Change', 'Sam Service Desk', 'Omar Member'],
      suggestions: [
        {
          technique: 'Emergency change drill',
          advice: 'Walk through one emergency change together each month.',
        },
      ],
      actions: [
        {
          description: 'Add risk to the emergency change form',
          owner: 'user:default/priya.change',
          measure: 'Every emergency change has a risk rating',
          dueDate: '2026-12-15',
        },
      ],
      publishedAt: '2026-11-05T09:00:00.000Z',
    }),
    aSecondPublishedReview({ amendedBy: 'r4' }),
    aPublishedReview(),
  ];
}

/** Change management at level 2 and release management in scope, not reviewed yet. */
export function aReportMaturityView() {
  return aMaturityView([
    aProcessMaturity(),
    anUnreviewedProcessMaturity({
      inScope: true,
      baseline: 0,
      target: 2,
      targetDate: '2027-09-30',
      targetAgreed: true,
    }),
  ]);
}

/** Stubs for every call the report makes, for `mockCsipApi`. */
export function reportApiStubs(): Partial<CsipApi> {
  return {
    getProgramme: async () => aReportProgramme(),
    getPhaseStatus: async () => aReportPhaseStatus(),
    listDecisions: async () => ({ items: someReportDecisions() }),
    getScope: async () => aReportScopeView(),
    listScopeVersions: async () => ({
      items: [aReportScopeVersion(), aScopeVersion({ number: 1 })],
    }),
    getMaturity: async () => aReportMaturityView(),
    listReviews: async () => ({ items: someReportReviews() }),
    listActions: async () => ({ items: someActions() }),
    getHandover: async () => aHandoverView(),
  };
}

/** Stubs for a programme just created: nothing published, decided or moved. */
export function emptyReportApiStubs(): Partial<CsipApi> {
  return {
    getProgramme: async () =>
      aProgramme({ businessDrivers: [], vision: '', members: [] }),
    getPhaseStatus: async () => ({
      phase: 'establish',
      facts: {
        approachDecided: false,
        scopeAgreed: false,
        handoverReady: false,
      },
      transitions: [],
    }),
    listDecisions: async () => ({ items: [] }),
    getScope: async () => ({ status: 'draft', approvers: [], diff: [] }),
    listScopeVersions: async () => ({ items: [] }),
    getMaturity: async () =>
      aMaturityView([anUnreviewedProcessMaturity({ process: 'change' })]),
    listReviews: async () => ({ items: [aDraftReview()] }),
    listActions: async () => ({ items: [] }),
    getHandover: async () => aNoScopeHandoverView(),
  };
}

/** An export of programme p1 as `GET /programmes/p1/export` returns it. */
export function anArchive(
  overrides: Partial<ProgrammeArchive> = {},
): ProgrammeArchive {
  const { id, version, approach, ...programme } = aProgramme();
  void id;
  void version;
  void approach;
  return {
    format: 'csip-coach.programme',
    formatVersion: 1,
    exportedAt: '2026-11-24T12:00:00.000Z',
    exportedBy: 'user:default/alex.coach',
    programme,
    phaseHistory: [],
    decisions: [],
    scopeVersions: [],
    reviews: [],
    actions: [],
    handover: { items: [], skills: { people: [] } },
    ...overrides,
  };
}
