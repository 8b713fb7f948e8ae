import { describeEvidenceCoverage, evidenceCoverage } from './evidenceCoverage';

const note = { kind: 'interview' as const, note: 'Asked the CAB chair' };

describe('evidenceCoverage', () => {
  it.each([
    ['no ratings', [], { withEvidence: 0, rated: 0 }],
    [
      'ratings without evidence',
      [{}, { evidence: [] }],
      { withEvidence: 0, rated: 2 },
    ],
    [
      'some with evidence',
      [{ evidence: [note] }, {}, { evidence: [note, note] }],
      { withEvidence: 2, rated: 3 },
    ],
  ])('counts %s', (_name, ratings, expected) => {
    expect(evidenceCoverage(ratings)).toEqual(expected);
  });
});

describe('describeEvidenceCoverage', () => {
  it.each([
    [{ withEvidence: 0, rated: 0 }, 'No rating yet, so no evidence either'],
    [{ withEvidence: 0, rated: 1 }, '0 of 1 rating has evidence'],
    [{ withEvidence: 1, rated: 1 }, '1 of 1 rating has evidence'],
    [{ withEvidence: 3, rated: 12 }, '3 of 12 ratings have evidence'],
  ])('%o → %s', (coverage, words) => {
    expect(describeEvidenceCoverage(coverage)).toBe(words);
  });
});
