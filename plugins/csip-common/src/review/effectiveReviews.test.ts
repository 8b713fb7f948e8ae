import { effectiveReviews } from './effectiveReviews';

const review = (
  id: string,
  date: string,
  state: 'draft' | 'published' = 'published',
  amends?: string,
  publishedAt = `${date}T12:00:00.000Z`,
) => ({ id, date, state, amends, publishedAt });

describe('effectiveReviews', () => {
  it('keeps published reviews, oldest first, and drops drafts', () => {
    expect(
      effectiveReviews([
        review('b', '2026-10-01'),
        review('d', '2026-11-01', 'draft'),
        review('a', '2026-09-01'),
      ]).map(r => r.id),
    ).toEqual(['a', 'b']);
  });

  it('replaces an amended review with its amendment', () => {
    expect(
      effectiveReviews([
        review('a', '2026-09-01'),
        review('b', '2026-10-01'),
        review(
          'b2',
          '2026-10-01',
          'published',
          'b',
          '2026-10-05T09:00:00.000Z',
        ),
      ]).map(r => r.id),
    ).toEqual(['a', 'b2']);
  });

  it('orders reviews of the same date by when they were published', () => {
    expect(
      effectiveReviews([
        review(
          'late',
          '2026-10-01',
          'published',
          undefined,
          '2026-10-02T00:00:00.000Z',
        ),
        review(
          'early',
          '2026-10-01',
          'published',
          undefined,
          '2026-10-01T00:00:00.000Z',
        ),
      ]).map(r => r.id),
    ).toEqual(['early', 'late']);
  });
});
