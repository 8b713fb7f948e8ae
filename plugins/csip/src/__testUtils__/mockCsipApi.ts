import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import type { CsipApi } from '../api';
import { anEmptyCoachingSummary } from './coachingFixtures';

/**
 * Reads that views show beside others (the coaching mix on the overview,
 * the reminders choice on "For you"): nothing recorded yet, unless a test
 * says otherwise.
 */
const DEFAULTS: Partial<CsipApi> = {
  listMoments: async () => ({ items: [] }),
  listFollowUps: async () => ({ items: [] }),
  getCoaching: async () => anEmptyCoachingSummary(),
  getMyReminderPreferences: async () => ({ delivery: 'each' }),
  listFeedbackRounds: async () => ({ items: [] }),
  getSelfAssessments: async (_id, query) => ({
    process: query?.process ?? 'change',
    respondents: 0,
    anonymousWithheld: 0,
    criteria: [],
    disagreements: [],
  }),
  listKpis: async () => ({ items: [] }),
};

/**
 * A {@link CsipApi} whose every method (one per endpoint of
 * `csipEndpoints`) is a jest mock that rejects unless overridden (or
 * one of the `DEFAULTS`), for component tests.
 */
export function mockCsipApi(
  overrides: Partial<CsipApi> = {},
): jest.Mocked<CsipApi> {
  const notStubbed = (name: string) =>
    jest.fn(async () => {
      throw new Error(`CsipApi.${name} was not stubbed in this test`);
    });
  const api = Object.fromEntries(
    Object.keys(csipEndpoints).map(name => [name, notStubbed(name)]),
  ) as unknown as jest.Mocked<CsipApi>;
  for (const [name, impl] of Object.entries({ ...DEFAULTS, ...overrides })) {
    (api as unknown as Record<string, jest.Mock>)[name] = jest.fn(
      impl as (...args: unknown[]) => unknown,
    );
  }
  return api;
}
