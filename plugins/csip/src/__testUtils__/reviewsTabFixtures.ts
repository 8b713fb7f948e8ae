import {
  BUILT_IN_MATURITY_MODEL,
  CAPABILITY_LEVELS,
  RATING_LABELS,
  type MaturityModel,
  type MaturityView,
  type ProcessDefinition,
  type ProcessMaturity,
  type Rating,
  type Review,
} from '@csip-coach/plugin-csip-common';

/** The built-in maturity model, as `GET /maturity-model` returns it. */
export function aMaturityModel(
  overrides: Partial<MaturityModel> = {},
): MaturityModel {
  return {
    levels: CAPABILITY_LEVELS.map(l => ({ ...l })),
    ratings: (Object.keys(RATING_LABELS) as Rating[]).map(value => ({
      value,
      label: RATING_LABELS[value],
    })),
    processes: BUILT_IN_MATURITY_MODEL,
    ...overrides,
  };
}

/** A built-in process definition by id (`change` by default). */
export function aProcessDefinition(id = 'change'): ProcessDefinition {
  const process = BUILT_IN_MATURITY_MODEL.find(p => p.id === id);
  if (!process) throw new Error(`No built-in process ${id}`);
  return process;
}

/** Ratings of `change` that make level 1: level-1 criteria all Fully. */
const level1Ratings: Review['ratings'] = [
  { criterionId: 'change-1-1', coach: 'F', team: 'F' },
  { criterionId: 'change-1-2', coach: 'F' },
  { criterionId: 'change-1-3', coach: 'F', team: 'F' },
  { criterionId: 'change-1-4', coach: 'F' },
  { criterionId: 'change-2-1', coach: 'P', team: 'L' },
];

/** A published review of change management at level 1, by the coach. */
export function aPublishedReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r1',
    programmeId: 'p1',
    process: 'change',
    date: '2026-09-01',
    ledBy: 'coach',
    participants: ['Priya Change', 'Sam Service Desk'],
    evidence: ['interview', 'document'],
    ratings: level1Ratings,
    strengths: ['Every change is recorded before it starts'],
    observations: ['Risk is discussed in the CAB but not written down'],
    suggestions: [
      {
        technique: 'Risk checklist',
        advice: 'Try a five-question checklist in the change form.',
      },
    ],
    actions: [
      {
        description: 'Add a risk field to the change form',
        owner: 'user:default/priya.change',
        measure: 'Every new change has a risk rating',
        dueDate: '2026-10-15',
      },
    ],
    state: 'published',
    version: 3,
    author: 'user:default/alex.coach',
    createdAt: '2026-09-01T09:00:00.000Z',
    updatedAt: '2026-09-02T09:00:00.000Z',
    publishedAt: '2026-09-02T09:00:00.000Z',
    level: 1,
    ...overrides,
  };
}

/** A later published review of change management at level 2. */
export function aSecondPublishedReview(
  overrides: Partial<Review> = {},
): Review {
  return aPublishedReview({
    id: 'r2',
    date: '2026-11-01',
    ledBy: 'co-led',
    ratings: [
      ...level1Ratings.filter(r => r.criterionId !== 'change-2-1'),
      { criterionId: 'change-2-1', coach: 'F', team: 'F' },
      { criterionId: 'change-2-2', coach: 'L', team: 'F' },
      { criterionId: 'change-2-3', coach: 'L' },
      { criterionId: 'change-2-4', coach: 'F' },
    ],
    strengths: [
      'Every change is recorded before it starts',
      'The change schedule is shared every Monday',
    ],
    observations: ['Some emergency changes skip the risk field'],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    publishedAt: '2026-11-02T09:00:00.000Z',
    level: 2,
    ...overrides,
  });
}

/** A draft review of change management, not yet rated. */
export function aDraftReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r3',
    programmeId: 'p1',
    process: 'change',
    date: '2026-11-24',
    ledBy: 'coach',
    participants: [],
    evidence: [],
    ratings: [],
    strengths: [],
    observations: [],
    suggestions: [],
    actions: [],
    state: 'draft',
    version: 1,
    author: 'user:default/alex.coach',
    createdAt: '2026-11-24T09:00:00.000Z',
    updatedAt: '2026-11-24T09:00:00.000Z',
    ...overrides,
  };
}

/** Where change management stands after `aPublishedReview` and `aSecondPublishedReview`. */
export function aProcessMaturity(
  overrides: Partial<ProcessMaturity> = {},
): ProcessMaturity {
  return {
    process: 'change',
    name: 'Change management',
    level: 2,
    target: 3,
    baseline: 1,
    targetDate: '2027-06-30',
    targetAgreed: true,
    inScope: true,
    trend: [
      { date: '2026-09-01', level: 1, reviewId: 'r1' },
      { date: '2026-11-01', level: 2, reviewId: 'r2' },
    ],
    trendTotal: 2,
    calibrationGap: 0.5,
    lastReview: {
      id: 'r2',
      date: '2026-11-01',
      author: 'user:default/alex.coach',
      ledBy: 'co-led',
    },
    drafts: 0,
    ...overrides,
  };
}

/** A process that is not in scope and has no reviews. */
export function anUnreviewedProcessMaturity(
  overrides: Partial<ProcessMaturity> = {},
): ProcessMaturity {
  return {
    process: 'release',
    name: 'Release management',
    level: null,
    target: null,
    baseline: null,
    targetDate: null,
    targetAgreed: false,
    inScope: false,
    trend: [],
    trendTotal: 0,
    calibrationGap: null,
    drafts: 0,
    ...overrides,
  };
}

/** The maturity view of programme p1: release (out of scope) listed first. */
export function aMaturityView(
  processes: ProcessMaturity[] = [
    anUnreviewedProcessMaturity(),
    aProcessMaturity(),
  ],
): MaturityView {
  return { processes };
}

/**
 * A `ResponseError`-like error as `CsipClient` throws it, with the `cause`
 * that `ResponseErrorPanel` reads, for failed loads.
 */
export function aLoadError(
  statusCode: number,
  name: string,
  message: string,
): Error {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    cause: { name, message },
    body: { error: { name, message }, response: { statusCode } },
  });
}
