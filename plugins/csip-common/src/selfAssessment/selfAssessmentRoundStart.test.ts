import { selfAssessmentRoundStart } from './selfAssessmentRoundStart';

describe('selfAssessmentRoundStart', () => {
  const published = (
    process: string,
    publishedAt: string,
    amends?: string,
  ) => ({
    process,
    state: 'published',
    publishedAt,
    amends,
  });

  it.each([
    ['no reviews', [], undefined],
    ['only a draft', [{ process: 'change', state: 'draft' }], undefined],
    [
      'the last published review of the process',
      [
        published('change', '2026-10-01T10:00:00.000Z'),
        published('change', '2026-11-01T10:00:00.000Z'),
        published('release', '2026-12-01T10:00:00.000Z'),
        { process: 'change', state: 'draft' },
      ],
      '2026-11-01T10:00:00.000Z',
    ],
    [
      'not an amendment, which corrects a review already published',
      [
        published('change', '2026-10-01T10:00:00.000Z'),
        published('change', '2026-10-20T10:00:00.000Z', 'r1'),
      ],
      '2026-10-01T10:00:00.000Z',
    ],
  ])('%s', (_, reviews, start) => {
    expect(selfAssessmentRoundStart(reviews, 'change')).toBe(start);
  });
});
