import type {
  HandoverItem,
  HandoverView,
  Programme,
} from '@csip-coach/plugin-csip-common';
import { aProgramme } from './fixtures';

/** Programme p1 with, besides its sponsor, coach and lead, a plain member. */
export function aHandoverProgramme(
  overrides: Partial<Programme> = {},
): Programme {
  const programme = aProgramme();
  return {
    ...programme,
    members: [
      ...programme.members,
      { userRef: 'user:default/omar.member', role: 'member' },
    ],
    ...overrides,
  };
}

/** A critical change-management ownership item of programme p1, not started. */
export function aHandoverItem(
  overrides: Partial<HandoverItem> = {},
): HandoverItem {
  return {
    id: 'h1',
    programmeId: 'p1',
    templateKey: 'process-owner-accepted',
    title: 'A named process owner has accepted ownership of Change management',
    description:
      'The owner is named in the process document and says so in their own words at a team meeting.',
    category: 'ownership',
    process: 'change',
    weight: 3,
    critical: true,
    status: 'not-started',
    updatedAt: '2026-11-24T10:00:00.000Z',
    version: 2,
    ...overrides,
  };
}

/**
 * A checklist of programme p1: the critical ownership item (h1, not
 * started), a verified whole-programme ownership item (h2), a
 * documentation item in progress (h3) and a custom governance item the
 * team demonstrated (h4).
 */
export function someHandoverItems(): HandoverItem[] {
  return [
    aHandoverItem(),
    aHandoverItem({
      id: 'h2',
      templateKey: 'sponsor-confirms-ownership',
      title: 'The sponsor confirms the team owns the improvement programme',
      description: 'Recorded in the minutes of a programme board.',
      process: undefined,
      weight: 2,
      critical: false,
      owner: 'user:default/dana.sponsor',
      status: 'verified',
      evidence: 'Minutes of the board of 12 November',
      verifiedBy: 'user:default/alex.coach',
      verifiedAt: '2026-11-20T15:00:00.000Z',
      version: 4,
    }),
    aHandoverItem({
      id: 'h3',
      templateKey: 'documentation-owned',
      title:
        'Change management documentation and runbooks are maintained by the team',
      description:
        'The last changes to the process document and runbooks were made by team members, not the coach.',
      category: 'documentation',
      weight: 2,
      critical: false,
      owner: 'user:default/priya.change',
      status: 'in-progress',
    }),
    aHandoverItem({
      id: 'h4',
      templateKey: undefined,
      title: 'The CAB runs without the coach',
      description: '',
      category: 'governance',
      weight: 1,
      critical: false,
      status: 'demonstrated',
      evidence: 'The CAB of 18 November, chaired by Priya',
    }),
  ];
}

/** The handover of programme p1 with change management in scope, not ready yet. */
export function aHandoverView(
  overrides: Partial<HandoverView> = {},
): HandoverView {
  return {
    items: someHandoverItems(),
    score: 42.5,
    coverage: [
      {
        process: 'change',
        status: 'at-risk',
        proficient: ['user:default/priya.change'],
      },
    ],
    fadeOut: {
      share: 0.67,
      trend: [
        { date: '2026-09-01', process: 'change', ledBy: 'coach', share: 0 },
        { date: '2026-10-01', process: 'change', ledBy: 'co-led', share: 0.5 },
        { date: '2026-11-01', process: 'change', ledBy: 'team', share: 0.67 },
      ],
      trendTotal: 3,
      ranBy: { coach: 2, team: 1 },
    },
    readiness: {
      ready: false,
      blockers: [
        {
          code: 'critical-item-not-verified',
          message:
            'Critical item not yet verified by the coach: A named process owner has accepted ownership of Change management',
          fix: 'checklist',
          itemId: 'h1',
        },
        {
          code: 'score-below-threshold',
          message: 'Knowledge-transfer score is 42.5 %; 80 % is needed',
          fix: 'checklist',
        },
        {
          code: 'process-not-covered',
          message:
            'Change management has one person proficient or better; two are needed',
          fix: 'skills',
          process: 'change',
        },
      ],
    },
    summit: {
      percent: 50,
      camp: 'base-camp',
      processes: [{ process: 'change', percent: 50 }],
    },
    skills: {
      people: [
        {
          userRef: 'user:default/priya.change',
          skills: { change: 'proficient' },
        },
      ],
      version: 3,
    },
    ...overrides,
  };
}

/** The handover of a programme without a published scope. */
export function aNoScopeHandoverView(): HandoverView {
  return aHandoverView({
    items: [],
    score: 0,
    coverage: [],
    fadeOut: {
      share: null,
      trend: [],
      trendTotal: 0,
      ranBy: { coach: 0, team: 0 },
    },
    readiness: {
      ready: false,
      blockers: [
        {
          code: 'no-scope',
          message:
            'No processes are in scope yet: publish and agree a scope first',
          fix: 'scope',
        },
        {
          code: 'score-below-threshold',
          message: 'Knowledge-transfer score is 0 %; 80 % is needed',
          fix: 'checklist',
        },
      ],
    },
    summit: { percent: null, camp: 'start', processes: [] },
    skills: { people: [], version: 0 },
  });
}
