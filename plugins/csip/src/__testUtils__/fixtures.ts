import type {
  Decision,
  PhaseStatus,
  Programme,
  ScopeVersion,
  ScopeView,
} from '@csip-coach/plugin-csip-common';

/** A programme in establish, as the backend returns it. */
export function aProgramme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'p1',
    title: 'Change management CSIP',
    vision: 'Changes that land safely, first time.',
    driver: 'operational',
    businessDrivers: [
      { text: 'Fewer failed changes', visibility: 'obvious' },
      { text: 'Pass next year’s audit', visibility: 'hidden' },
    ],
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/priya.change', role: 'lead' },
      { userRef: 'user:default/priya.change', role: 'member' },
    ],
    phase: 'establish',
    archived: false,
    version: 1,
    createdBy: 'user:default/priya.change',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** The phase status of a programme in establish whose gates are unmet. */
export function aBlockedPhaseStatus(): PhaseStatus {
  return {
    phase: 'establish',
    facts: { approachDecided: false, scopeAgreed: false, handoverReady: false },
    next: {
      to: 'implement',
      allowed: false,
      unmet: [
        {
          gate: 'approach-decided',
          message:
            'Decide how to implement ITSM (the approach) before leaving establish.',
        },
        {
          gate: 'scope-agreed',
          message:
            'Every sponsor must agree the current scope version before leaving establish: obtain agreement before proceeding.',
        },
      ],
    },
    transitions: [],
  };
}

/** A recorded decision. */
export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    programmeId: 'p1',
    approach: 'diy-with-coaching',
    rationale: 'We want to own the processes and learn from a coach.',
    recommended: 'diy-with-coaching',
    decidedBy: 'user:default/dana.sponsor',
    decidedAt: '2026-11-21T09:30:00.000Z',
    revisitOn: '2027-03-01',
    ...overrides,
  };
}

/** A `ResponseError`-like error, as `CsipClient` throws for a status. */
export function aResponseError(
  statusCode: number,
  name: string,
  message: string,
): Error {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    body: { error: { name, message }, response: { statusCode } },
    // As ResponseError.fromResponse sets it; ResponseErrorPanel reads it.
    cause: { name, message },
  });
}

/** A published scope version of programme p1. */
export function aScopeVersion(
  overrides: Partial<ScopeVersion> = {},
): ScopeVersion {
  return {
    programmeId: 'p1',
    number: 2,
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
    objectives: ['Fewer failed changes'],
    outOfScope: ['Incident management'],
    milestones: [{ title: 'First team-led review', date: '2027-03-01' }],
    resources: { coachDays: 20, budget: 15000, notes: 'Two days a month' },
    assumptions: ['The CAB meets weekly'],
    approvers: ['user:default/priya.change'],
    publishedBy: 'user:default/alex.coach',
    publishedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}

/** The scope of programme p1: version 2, awaiting the sponsor. */
export function aScopeView(overrides: Partial<ScopeView> = {}): ScopeView {
  return {
    current: aScopeVersion(),
    status: 'awaiting-agreement',
    approvers: [
      { userRef: 'user:default/dana.sponsor' },
      {
        userRef: 'user:default/priya.change',
        decision: 'agree',
        comment: 'Looks right to me',
        at: '2026-11-23T09:00:00.000Z',
      },
    ],
    diff: [
      {
        section: 'processes',
        kind: 'changed',
        text: 'Process change: target level 2 → 3',
      },
    ],
    ...overrides,
  };
}
