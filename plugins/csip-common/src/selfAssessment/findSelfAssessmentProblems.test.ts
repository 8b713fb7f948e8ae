import { findSelfAssessmentProblems } from './findSelfAssessmentProblems';

const processes = [
  { id: 'change', criteria: [{ id: 'change-1-1' }, { id: 'change-1-2' }] },
  { id: 'release', criteria: [{ id: 'release-1-1' }] },
] as unknown as Parameters<typeof findSelfAssessmentProblems>[0];

describe('findSelfAssessmentProblems', () => {
  it.each([
    ['the process’s own criteria', 'change', ['change-1-1', 'change-1-2'], []],
    ['an unknown process', 'astrology', ['change-1-1'], ['process']],
    [
      'criteria of another process or none',
      'change',
      ['change-1-1', 'release-1-1', 'change-9-9'],
      ['ratings.1.criterionId', 'ratings.2.criterionId'],
    ],
  ])('%s', (_, process, ids, fields) => {
    const problems = findSelfAssessmentProblems(processes, {
      process,
      ratings: ids.map(criterionId => ({ criterionId })),
    });
    expect(problems.map(p => p.field)).toEqual(fields);
  });

  it('names the process and the criterion in words', () => {
    expect(
      findSelfAssessmentProblems(processes, {
        process: 'release',
        ratings: [{ criterionId: 'change-1-1' }],
      }),
    ).toEqual([
      {
        field: 'ratings.0.criterionId',
        message: "'change-1-1' is not a criterion of release",
      },
    ]);
  });
});
