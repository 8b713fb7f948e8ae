import { aPortfolioStatus } from '../../../__testUtils__/portfolioFixtures';
import {
  describeLevelLine,
  describeOverdue,
  describeReadiness,
  describeScore,
  describeSummit,
  shortProcessName,
} from './describeStatus';

describe('describeStatus', () => {
  it('names built-in processes briefly and others by their id', () => {
    expect(shortProcessName('change')).toBe('Change');
    expect(shortProcessName('configuration')).toBe('Configuration');
    expect(shortProcessName('incident')).toBe('incident');
  });

  it('describes a level against its target in words', () => {
    expect(describeLevelLine({ process: 'change', level: 2, target: 3 })).toBe(
      'Change: 2 of 3',
    );
    expect(
      describeLevelLine({ process: 'release', level: null, target: 2 }),
    ).toBe('Release: not reviewed yet, target 2');
    expect(
      describeLevelLine({ process: 'release', level: 0, target: null }),
    ).toBe('Release: 0, no target');
    expect(
      describeLevelLine({ process: 'problem', level: null, target: null }),
    ).toBe('problem: not reviewed yet');
  });

  it('describes summit, score, readiness and overdue actions', () => {
    expect(describeSummit(aPortfolioStatus())).toBe('60% (Camp 2)');
    expect(
      describeSummit(
        aPortfolioStatus({ summitPercent: null, summitCamp: 'start' }),
      ),
    ).toBe('No targets set');
    expect(describeScore(aPortfolioStatus({ score: 66.6 }))).toBe('67%');
    expect(describeReadiness(aPortfolioStatus({ blockers: 1 }))).toBe(
      'Not ready: 1 blocker',
    );
    expect(describeReadiness(aPortfolioStatus({ blockers: 0 }))).toBe(
      'Not ready',
    );
    expect(describeReadiness(aPortfolioStatus({ ready: true }))).toBe('Ready');
    expect(describeOverdue(undefined)).toBe('–');
    expect(describeOverdue(0)).toBe('None');
    expect(describeOverdue(1)).toBe('1 overdue');
  });
});
