import type {
  CoachingSummary,
  LevelDrop,
  ProgrammeSummary,
  SustainStatus,
} from '@csip-coach/plugin-csip-common';
import { aPortfolioProgramme, aPortfolioStatus } from './portfolioFixtures';

/** Change management fell from 3 Established to 2 Managed in review r5. */
export function aLevelDrop(overrides: Partial<LevelDrop> = {}): LevelDrop {
  return {
    process: 'change',
    from: 3,
    to: 2,
    on: '2027-03-01',
    reviewId: 'r5',
    ...overrides,
  };
}

/**
 * Sustain monitoring of a programme in sustain whose team reviews every
 * 90 days, the next due on 2027-06-01, no level fell.
 */
export function aSustainStatus(
  overrides: Partial<SustainStatus> = {},
): SustainStatus {
  return {
    active: true,
    cadenceDays: 90,
    lastTeamReviewOn: '2027-03-03',
    nextDueOn: '2027-06-01',
    lapsed: false,
    levelDrops: [],
    ...overrides,
  };
}

/**
 * Programme p1 in sustain as the portfolio lists it: its team review was
 * due on 2027-02-01, and the level of change management fell.
 */
export function aLapsedSustainSummary(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return aPortfolioProgramme({
    phase: 'sustain',
    status: {
      ...aPortfolioStatus(),
      sustainDueOn: '2027-02-01',
      sustainLapsed: true,
      levelDrops: ['change'],
    },
    ...overrides,
  });
}

/** A coaching summary, as `GET /programmes/:id/coaching` returns it, with this sustain monitoring. */
export function aSustainCoachingSummary(
  sustain: SustainStatus = aSustainStatus(),
): CoachingSummary {
  return {
    inTheWork: 0,
    scheduled: 0,
    ratio: null,
    target: 3,
    openCommitments: 0,
    dueFollowUps: 0,
    commitmentOutcomes: { kept: 0, partly: 0, notYet: 0 },
    advice: { adopted: 0, deferred: 0, declined: 0, awaiting: 0 },
    reviewsLedBy: { coach: 1, coLed: 0, team: 1 },
    sustain,
  };
}
