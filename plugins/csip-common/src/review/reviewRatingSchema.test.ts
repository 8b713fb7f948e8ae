import { formatIssues } from '../validation/describeIssues';
import { reviewRatingSchema } from './reviewRatingSchema';
import { reviewCreateSchema } from './reviewSchema';

const messageOf = (input: unknown) => {
  const result = reviewCreateSchema.safeParse({
    process: 'change',
    date: '2026-11-23',
    ratings: [input],
  });
  return result.success ? '' : formatIssues('Invalid review', result.error);
};

describe('reviewRatingSchema', () => {
  it('accepts NA with a reason, and evidence with or without a link', () => {
    const rating = {
      criterionId: 'change-4-1',
      coach: 'NA',
      naReason: ' No outsourced changes: the team runs everything itself. ',
      evidence: [
        { kind: 'interview', note: 'Asked the service owner' },
        {
          kind: 'document',
          note: 'Supplier list has no change partners',
          link: 'https://wiki.example.com/suppliers',
        },
      ],
    };
    expect(reviewRatingSchema.parse(rating)).toEqual({
      ...rating,
      naReason: 'No outsourced changes: the team runs everything itself.',
    });
  });

  it.each([
    ['NA without a reason', { coach: 'NA' }, 'ratings.0.naReason'],
    [
      'NA with an empty reason',
      { coach: 'NA', naReason: ' ' },
      'ratings.0.naReason',
    ],
    [
      'a reason without NA',
      { coach: 'F', naReason: 'x' },
      'ratings.0.naReason',
    ],
    ['NA as the team rating', { coach: 'F', team: 'NA' }, 'ratings.0.team'],
    [
      'an unknown kind of evidence',
      { coach: 'F', evidence: [{ kind: 'gossip', note: 'x' }] },
      'ratings.0.evidence.0.kind',
    ],
    [
      'an empty evidence note',
      { coach: 'F', evidence: [{ kind: 'metrics', note: '' }] },
      'ratings.0.evidence.0.note',
    ],
    [
      'a javascript link',
      {
        coach: 'F',
        evidence: [
          {
            kind: 'metrics',
            note: 'x',
            link: ['javascript', 'alert(1)'].join(':'),
          },
        ],
      },
      'ratings.0.evidence.0.link',
    ],
    [
      'a relative link',
      { coach: 'F', evidence: [{ kind: 'metrics', note: 'x', link: '/wiki' }] },
      'ratings.0.evidence.0.link',
    ],
    [
      'a link with spaces',
      {
        coach: 'F',
        evidence: [{ kind: 'metrics', note: 'x', link: 'https://a b.com' }],
      },
      'ratings.0.evidence.0.link',
    ],
    [
      'a link too long',
      {
        coach: 'F',
        evidence: [
          {
            kind: 'metrics',
            note: 'x',
            link: `https://example.com/${'a'.repeat(2000)}`,
          },
        ],
      },
      'ratings.0.evidence.0.link',
    ],
    [
      'eleven pieces of evidence',
      {
        coach: 'F',
        evidence: Array.from({ length: 11 }, () => ({
          kind: 'metrics',
          note: 'x',
        })),
      },
      'ratings.0.evidence',
    ],
    [
      'a reason too long',
      { coach: 'NA', naReason: 'x'.repeat(1001) },
      'ratings.0.naReason',
    ],
  ])('refuses %s, naming the field', (_name, rating, field) => {
    expect(messageOf({ criterionId: 'change-1-1', ...rating })).toContain(
      field,
    );
  });
});
