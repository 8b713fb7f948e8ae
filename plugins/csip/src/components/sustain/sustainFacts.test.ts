import {
  aLapsedSustainSummary,
  aLevelDrop,
  aSustainStatus,
} from '../../__testUtils__/sustainFixtures';
import { formatDate } from '../../util/formatDate';
import { aPortfolioProgramme } from '../../__testUtils__/portfolioFixtures';
import {
  describeCadence,
  describeLevelDrop,
  hasSustainNews,
  sustainFromSummary,
} from './sustainFacts';

describe('sustainFacts', () => {
  it('says when the team’s next review is due, or that it was due', () => {
    expect(describeCadence(aSustainStatus())).toBe(
      `The team runs its own reviews every 90 days; the next is due on ${formatDate(
        '2027-06-01',
      )}.`,
    );
    expect(describeCadence(aSustainStatus({ lapsed: true }))).toBe(
      `The team’s review was due on ${formatDate(
        '2027-06-01',
      )}. Next step: a lead starts a review led by the team on the Reviews tab.`,
    );
    expect(describeCadence(aSustainStatus({ nextDueOn: null }))).toBe(
      'The team runs its own reviews every 90 days; the first is due once the programme has been in sustain that long.',
    );
  });

  it('says which level fell, from what to what and when', () => {
    expect(describeLevelDrop(aLevelDrop())).toBe(
      `Change management fell from Established to Managed in the review of ${formatDate(
        '2027-03-01',
      )}.`,
    );
    expect(describeLevelDrop('release')).toBe(
      'Release management fell to a lower level in its latest review.',
    );
  });

  it('reads a portfolio row’s status, or nothing before it is known', () => {
    const facts = sustainFromSummary(aLapsedSustainSummary());
    expect(facts).toEqual({
      active: true,
      nextDueOn: '2027-02-01',
      lapsed: true,
      levelDrops: ['change'],
    });
    expect(hasSustainNews(facts)).toBe(true);
    expect(sustainFromSummary(aPortfolioProgramme({ status: undefined }))).toBe(
      undefined,
    );
    expect(hasSustainNews(undefined)).toBe(false);
  });

  it('has news in sustain, or of a level that fell in any phase', () => {
    const quiet = {
      active: false,
      nextDueOn: null,
      lapsed: false,
      levelDrops: [],
    };
    expect(hasSustainNews(quiet)).toBe(false);
    expect(hasSustainNews({ ...quiet, levelDrops: ['change'] })).toBe(true);
  });
});
