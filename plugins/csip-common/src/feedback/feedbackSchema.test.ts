import { formatIssues } from '../validation/describeIssues';
import {
  feedbackResponseCreateSchema,
  feedbackRoundCreateSchema,
} from './feedbackSchema';

const round = {
  title: 'Spring round',
  closesOn: '2026-12-31',
  organisations: ['Client IT', 'Acme'],
};
const response = {
  organisation: 'Acme',
  barriers: [{ barrier: 'mistrust', severity: 2 }],
};

/** The fields a body's 400 would name, or [] when it is valid. */
function problems(
  schema:
    | typeof feedbackRoundCreateSchema
    | typeof feedbackResponseCreateSchema,
  body: object,
) {
  const result = schema.safeParse(body);
  return result.success
    ? []
    : result.error.issues.map(issue => issue.path.join('.'));
}

describe('feedback schemas', () => {
  it.each([
    ['a valid round', round, []],
    ['an empty title', { ...round, title: ' ' }, ['title']],
    ['an impossible date', { ...round, closesOn: '2026-02-30' }, ['closesOn']],
    ['no organisations', { ...round, organisations: [] }, ['organisations']],
    [
      'eleven organisations',
      {
        ...round,
        organisations: Array.from({ length: 11 }, (_, i) => `O${i}`),
      },
      ['organisations'],
    ],
    [
      'a name twice',
      { ...round, organisations: ['Acme', 'ACME'] },
      ['organisations.1'],
    ],
    [
      '"other" as a name',
      { ...round, organisations: ['Other'] },
      ['organisations.0'],
    ],
    [
      'a long name',
      { ...round, organisations: ['x'.repeat(101)] },
      ['organisations.0'],
    ],
  ])('round: %s', (_, body, fields) => {
    expect(problems(feedbackRoundCreateSchema, body)).toEqual(fields);
  });

  it.each([
    ['a valid response', response, []],
    ['no barriers', { ...response, barriers: [] }, ['barriers']],
    [
      'an unknown barrier',
      { ...response, barriers: [{ barrier: 'gossip', severity: 1 }] },
      ['barriers.0.barrier'],
    ],
    [
      'a severity of 4',
      { ...response, barriers: [{ barrier: 'mistrust', severity: 4 }] },
      ['barriers.0.severity'],
    ],
    [
      'a severity of 1.5',
      { ...response, barriers: [{ barrier: 'mistrust', severity: 1.5 }] },
      ['barriers.0.severity'],
    ],
    [
      'a barrier twice',
      {
        ...response,
        barriers: [
          { barrier: 'mistrust', severity: 1 },
          { barrier: 'mistrust', severity: 2 },
        ],
      },
      ['barriers.1.barrier'],
    ],
    [
      'a NUL in a comment',
      {
        ...response,
        barriers: [{ barrier: 'mistrust', severity: 1, comment: 'a\u0000b' }],
      },
      ['barriers.0.comment'],
    ],
    [
      'anonymous not a boolean',
      { ...response, anonymous: 'yes' },
      ['anonymous'],
    ],
  ])('response: %s', (_, body, fields) => {
    expect(problems(feedbackResponseCreateSchema, body)).toEqual(fields);
  });

  it('names the fields in words for a 400', () => {
    const result = feedbackResponseCreateSchema.safeParse({
      organisation: '',
      barriers: [],
    });
    expect(result.success).toBe(false);
    const message = formatIssues('Invalid feedback response', result.error!);
    expect(message).toContain('organisation');
    expect(message).toContain('barriers');
  });
});
