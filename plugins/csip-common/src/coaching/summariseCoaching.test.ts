import {
  checkSustain,
  findLevelDrops,
  type SustainReview,
} from './checkSustain';
import { describeCoachingMix, summariseCoaching } from './summariseCoaching';

const review = (
  id: string,
  date: string,
  level: number,
  extra: Partial<SustainReview> = {},
): SustainReview => ({
  id,
  process: 'change',
  date,
  state: 'published',
  ledBy: 'coach',
  level,
  ...extra,
});

describe('summariseCoaching', () => {
  it('counts the mix, commitments, advice and who led reviews', () => {
    const summary = summariseCoaching({
      moments: [
        { kind: 'in-the-work' },
        { kind: 'in-the-work' },
        { kind: 'in-the-work' },
        { kind: 'in-the-work' },
        { kind: 'scheduled' },
        { kind: 'scheduled' },
        { kind: 'scheduled' },
      ],
      followUps: [
        { followUpOn: '2026-11-01' },
        { followUpOn: '2026-12-20' },
        { followUpOn: '2026-10-01', outcome: 'kept' },
        { followUpOn: '2026-10-01', outcome: 'partly' },
        { followUpOn: '2026-10-01', outcome: 'not-yet' },
      ],
      adviceResponses: ['adopt', 'adopt', 'defer', 'decline', undefined],
      reviews: [
        review('a', '2026-01-01', 1),
        review('b', '2026-03-01', 2, { ledBy: 'co-led' }),
        review('c', '2026-06-01', 2, { ledBy: 'team', process: 'release' }),
        review('d', '2026-07-01', 3, { state: 'draft' }),
      ],
      phase: 'handover',
      cadenceDays: 90,
      today: '2026-12-01',
    });
    expect(summary).toMatchObject({
      inTheWork: 4,
      scheduled: 3,
      ratio: 1.33,
      target: 3,
      openCommitments: 2,
      dueFollowUps: 1,
      commitmentOutcomes: { kept: 1, partly: 1, notYet: 1 },
      advice: { adopted: 2, deferred: 1, declined: 1, awaiting: 1 },
      reviewsLedBy: { coach: 1, coLed: 1, team: 1 },
    });
    expect(summary.sustain.active).toBe(false);
  });

  it('has no ratio without scheduled moments', () => {
    const summary = summariseCoaching({
      moments: [{ kind: 'in-the-work' }],
      followUps: [],
      adviceResponses: [],
      reviews: [],
      phase: 'establish',
      cadenceDays: 90,
    });
    expect(summary.ratio).toBeNull();
  });
});

describe('describeCoachingMix', () => {
  it.each([
    [0, 0, null, 'No coaching moments recorded yet'],
    [2, 0, null, 'all the coaching so far happened in the work'],
    [6, 2, 3, '6 moments in the work to 2 scheduled (3 : 1); at or above'],
    [1, 2, 0.5, 'room for more coaching in the work'],
  ])('%i in the work, %i scheduled', (inTheWork, scheduled, ratio, words) => {
    expect(
      describeCoachingMix({ inTheWork, scheduled, ratio, target: 3 }),
    ).toContain(words);
  });
});

describe('checkSustain', () => {
  const teamReview = review('t', '2026-06-01', 3, { ledBy: 'team' });

  it('is due cadenceDays after the latest team-led review', () => {
    const status = checkSustain({
      phase: 'sustain',
      sustainSince: '2026-05-01T10:00:00.000Z',
      reviews: [teamReview],
      cadenceDays: 90,
      today: '2026-08-30',
    });
    expect(status).toMatchObject({
      active: true,
      lastTeamReviewOn: '2026-06-01',
      nextDueOn: '2026-08-30',
      lapsed: false,
    });
    expect(
      checkSustain({
        phase: 'sustain',
        reviews: [teamReview],
        cadenceDays: 90,
        today: '2026-08-31',
      }).lapsed,
    ).toBe(true);
  });

  it('counts from entering sustain when the team has not reviewed since', () => {
    const status = checkSustain({
      phase: 'sustain',
      sustainSince: '2026-10-01T00:00:00.000Z',
      reviews: [teamReview],
      cadenceDays: 30,
      today: '2026-11-01',
    });
    expect(status).toMatchObject({ nextDueOn: '2026-10-31', lapsed: true });
  });

  it('does not apply outside sustain', () => {
    const status = checkSustain({
      phase: 'handover',
      reviews: [],
      cadenceDays: 90,
      today: '2030-01-01',
    });
    expect(status).toMatchObject({
      active: false,
      nextDueOn: null,
      lapsed: false,
    });
  });

  it('finds a level that fell, with amendments in place of what they amend', () => {
    expect(
      findLevelDrops([
        review('a', '2026-01-01', 3),
        review('b', '2026-03-01', 2),
        review('c', '2026-01-01', 1, { process: 'release' }),
        review('d', '2026-02-01', 0, { process: 'release' }),
        review('e', '2026-02-01', 2, { process: 'release', amends: 'd' }),
      ]),
    ).toEqual([
      { process: 'change', from: 3, to: 2, on: '2026-03-01', reviewId: 'b' },
    ]);
  });
});
