import type {
  ProgrammePage,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';

type PortfolioStatus = NonNullable<ProgrammeSummary['status']>;

/**
 * The status of a programme halfway up the mountain: scope agreed, Change
 * at level 2 of target 3, Configuration not reviewed yet, Release without a
 * target; knowledge transfer 45 %, two blockers before the coach can leave.
 */
export function aPortfolioStatus(
  overrides: Partial<PortfolioStatus> = {},
): PortfolioStatus {
  return {
    scopeStatus: 'agreed',
    levels: [
      { process: 'change', level: 2, target: 3 },
      { process: 'configuration', level: null, target: 2 },
      { process: 'release', level: 1, target: null },
    ],
    score: 45,
    ready: false,
    blockers: 2,
    summitPercent: 60,
    summitCamp: 'camp-2',
    sustainDueOn: null,
    sustainLapsed: false,
    levelDrops: [],
    ...overrides,
  };
}

/** Programme p1 as the portfolio lists it, with its status and 3 overdue actions. */
export function aPortfolioProgramme(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return {
    id: 'p1',
    title: 'Change management CSIP',
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    phase: 'implement',
    approach: 'diy-with-coaching',
    archived: false,
    version: 3,
    updatedAt: '2026-11-25T10:00:00.000Z',
    status: aPortfolioStatus(),
    overdueActions: 3,
    ...overrides,
  };
}

/** A programme ready for the coach to leave, at the summit, nothing overdue. */
export function aReadyPortfolioProgramme(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return aPortfolioProgramme({
    id: 'p2',
    title: 'Release cadence CSIP',
    ownerRef: 'group:default/service-desk',
    phase: 'sustain',
    approach: 'diy',
    status: aPortfolioStatus({
      levels: [{ process: 'release', level: 3, target: 3 }],
      score: 92.4,
      ready: true,
      blockers: 0,
      summitPercent: 100,
      summitCamp: 'summit',
    }),
    overdueActions: 0,
    ...overrides,
  });
}

/** An archived programme whose status was never computed, no approach yet. */
export function aProgrammeWithoutStatus(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return {
    id: 'p3',
    title: 'Old configuration CSIP',
    driver: 'strategic',
    ownerRef: 'system:default/change-platform',
    phase: 'establish',
    archived: true,
    version: 1,
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A page of the portfolio: the three programmes above, unless given. */
export function aPortfolioPage(
  items: ProgrammeSummary[] = [
    aPortfolioProgramme(),
    aReadyPortfolioProgramme(),
    aProgrammeWithoutStatus(),
  ],
  nextCursor?: string,
): ProgrammePage {
  return nextCursor ? { items, nextCursor } : { items };
}

/** `count` programmes p1…pN, for paging. */
export function manyPortfolioProgrammes(
  count: number,
  from = 1,
): ProgrammeSummary[] {
  return Array.from({ length: count }, (_, i) =>
    aPortfolioProgramme({
      id: `p${from + i}`,
      title: `Programme ${from + i}`,
    }),
  );
}
