import type { SelfRating } from './selfAssessmentSchema';
import {
  countedAnswers,
  medianRating,
  summariseSelfAssessments,
} from './summariseSelfAssessments';

/** One answer rating `c1`, `c2`, … in order, e.g. answer('LP', true). */
const answer = (ratings: string, anonymous = false) => ({
  anonymous,
  ratings: [...ratings.matchAll(/NA|[NPLF]/g)].map((m, i) => ({
    criterionId: `c${i + 1}`,
    rating: m[0] as SelfRating,
  })),
});

describe('medianRating', () => {
  it.each([
    [[], null],
    [['NA', 'NA'], null],
    [['L'], 'L'],
    [['N', 'F', 'L'], 'L'],
    // An even count takes the lower middle.
    [['P', 'L'], 'P'],
    [['F', 'N', 'L', 'F'], 'L'],
    [['F', 'N', 'P', 'F'], 'P'],
    // NA is left out before the middle is found.
    [['NA', 'F', 'NA', 'P', 'F'], 'F'],
  ] as Array<[SelfRating[], string | null]>)('%j → %s', (ratings, median) => {
    expect(medianRating(ratings)).toBe(median);
  });
});

describe('countedAnswers', () => {
  it.each([
    // [answers as anonymous flags, counted, withheld]
    [[], 0, 0],
    [[true], 0, 1],
    [[true, true], 0, 2],
    [[false, true], 1, 1],
    [[false, false], 2, 0],
    [[true, true, true], 3, 0],
    [[false, false, true], 3, 0],
  ])('%j → %i counted, %i withheld', (flags, counted, withheld) => {
    const answers = flags.map(anonymous => ({ anonymous }));
    const result = countedAnswers(answers);
    expect(result.counted).toHaveLength(counted);
    expect(result.anonymousWithheld).toBe(withheld);
  });
});

describe('summariseSelfAssessments', () => {
  const criterionIds = ['c1', 'c2', 'c3'];

  it('counts each rating per criterion in the model’s order, with the median and spread', () => {
    const summary = summariseSelfAssessments({
      process: 'change',
      criterionIds,
      answers: [answer('LNF'), answer('PNAF'), answer('FN', true)],
    });
    expect(summary).toEqual({
      process: 'change',
      respondents: 3,
      anonymousWithheld: 0,
      criteria: [
        {
          criterionId: 'c1',
          counts: { N: 0, P: 1, L: 1, F: 1, NA: 0 },
          median: 'L',
          spread: 2,
        },
        {
          criterionId: 'c2',
          counts: { N: 2, P: 0, L: 0, F: 0, NA: 1 },
          median: 'N',
          spread: 0,
        },
        {
          criterionId: 'c3',
          counts: { N: 0, P: 0, L: 0, F: 2, NA: 0 },
          median: 'F',
          spread: 0,
        },
      ],
      disagreements: [
        { criterionId: 'c1', spread: 2, lowest: 'P', highest: 'F' },
      ],
    });
  });

  it('withholds anonymous answers under three respondents and says how many', () => {
    const summary = summariseSelfAssessments({
      process: 'change',
      criterionIds,
      answers: [answer('NNN', true), answer('FFF', true)],
    });
    expect(summary.respondents).toBe(0);
    expect(summary.anonymousWithheld).toBe(2);
    expect(summary.criteria.map(c => c.counts)).toEqual(
      criterionIds.map(() => ({ N: 0, P: 0, L: 0, F: 0, NA: 0 })),
    );
    expect(summary.criteria.map(c => c.median)).toEqual([null, null, null]);
    expect(summary.disagreements).toEqual([]);

    const named = summariseSelfAssessments({
      process: 'change',
      criterionIds,
      answers: [answer('LLL'), answer('NNN', true)],
    });
    expect(named.respondents).toBe(1);
    expect(named.anonymousWithheld).toBe(1);
    expect(named.criteria[0].counts.L).toBe(1);
    expect(named.criteria[0].counts.N).toBe(0);
  });

  it('orders disagreements by spread, then ratings off the median, then the model, at most five', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
    const summary = summariseSelfAssessments({
      process: 'change',
      criterionIds: ids,
      answers: [
        answer('PNPNPPN'),
        answer('LFPFLLL'),
        answer('LFLFLLL'),
        answer('LFLNLLL'),
      ],
    });
    expect(summary.disagreements).toEqual([
      // c4 (N N F F) has two ratings off its median N; c2 (N F F F) one.
      { criterionId: 'c4', spread: 3, lowest: 'N', highest: 'F' },
      { criterionId: 'c2', spread: 3, lowest: 'N', highest: 'F' },
      { criterionId: 'c7', spread: 2, lowest: 'N', highest: 'L' },
      // c3 (P P L L, median P) before c1 (P L L L, median L).
      { criterionId: 'c3', spread: 1, lowest: 'P', highest: 'L' },
      { criterionId: 'c1', spread: 1, lowest: 'P', highest: 'L' },
    ]);
  });

  it('ignores ratings of criteria that are not the process’s', () => {
    const summary = summariseSelfAssessments({
      process: 'change',
      criterionIds: ['c1'],
      answers: [answer('LF')],
    });
    expect(summary.criteria.map(c => c.criterionId)).toEqual(['c1']);
  });
});
