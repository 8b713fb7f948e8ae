import { archivedSelfAssessmentsSchema } from './archivedSelfAssessmentsSchema';
import { selfAssessmentCreateSchema } from './selfAssessmentSchema';

const fields = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[] }> };
}) => result.error?.issues.map(i => i.path.join('.')) ?? [];

describe('selfAssessmentCreateSchema', () => {
  const ratings = [{ criterionId: 'change-1-1', rating: 'L' }];

  it.each([
    ['a named answer', { process: 'change', ratings }, []],
    ['no criterion rated', { process: 'change', ratings: [] }, ['ratings']],
    [
      'a criterion twice',
      { process: 'change', ratings: [...ratings, ...ratings] },
      ['ratings.1.criterionId'],
    ],
    [
      'an unknown rating',
      {
        process: 'change',
        ratings: [{ criterionId: 'change-1-1', rating: 'X' }],
      },
      ['ratings.0.rating'],
    ],
    ['a bad process id', { process: 'Change!', ratings }, ['process']],
    [
      'anonymous not a boolean',
      { process: 'change', ratings, anonymous: 'yes' },
      ['anonymous'],
    ],
  ])('%s', (_, body, expected) => {
    expect(fields(selfAssessmentCreateSchema.safeParse(body))).toEqual(
      expected,
    );
  });

  it('is not anonymous unless told', () => {
    expect(
      selfAssessmentCreateSchema.parse({ process: 'change', ratings })
        .anonymous,
    ).toBe(false);
  });
});

describe('archivedSelfAssessmentsSchema', () => {
  const base = {
    process: 'change',
    ratings: [{ criterionId: 'change-1-1', rating: 'NA' }],
    answeredAt: '2026-11-23T10:00:00.000Z',
  };

  it.each([
    [
      'named and anonymous answers',
      [
        { ...base, anonymous: false, respondent: 'user:default/omar' },
        { ...base, anonymous: true },
        { ...base, anonymous: true },
      ],
      [],
    ],
    [
      'an anonymous answer with a respondent',
      [{ ...base, anonymous: true, respondent: 'user:default/omar' }],
      ['0.respondent'],
    ],
    [
      'a named answer without one',
      [{ ...base, anonymous: false }],
      ['0.respondent'],
    ],
    [
      'one person twice in a round',
      [
        { ...base, anonymous: false, respondent: 'user:default/omar' },
        { ...base, anonymous: false, respondent: 'user:default/omar' },
      ],
      ['1.respondent'],
    ],
    [
      'one person in two rounds',
      [
        { ...base, anonymous: false, respondent: 'user:default/omar' },
        {
          ...base,
          anonymous: false,
          respondent: 'user:default/omar',
          roundStart: '2026-11-01T10:00:00.000Z',
        },
      ],
      [],
    ],
  ])('%s', (_, answers, expected) => {
    expect(fields(archivedSelfAssessmentsSchema.safeParse(answers))).toEqual(
      expected,
    );
  });
});
