import {
  BUILT_IN_MATURITY_MODEL,
  computeLevel,
  levelledRatings,
  reviewCreateSchema,
  reviewToneFindings,
} from '@csip-coach/plugin-csip-common';
import { DEMO_REVIEWS } from './seedDemoReviews';

const reviews = DEMO_REVIEWS.map(raw => reviewCreateSchema.parse(raw));

describe('the demo reviews', () => {
  it('word the reasons, evidence and recommendation details without tone findings', () => {
    for (const review of reviews) {
      expect(
        reviewToneFindings(review).filter(
          f =>
            f.field.startsWith('ratings.') ||
            /\.(why|evidence|expectedImprovement)$/.test(f.field),
        ),
      ).toEqual([]);
    }
  });

  it('show a criterion not applicable with its reason, evidence and recommendations by area', () => {
    const latestChange = reviews.filter(r => r.process === 'change').pop()!;
    const na = latestChange.ratings.filter(r => r.coach === 'NA');
    expect(na).toEqual([
      expect.objectContaining({
        criterionId: 'change-3-4',
        naReason: expect.any(String),
      }),
    ]);
    expect(
      latestChange.ratings.filter(r => r.evidence?.length).length,
    ).toBeGreaterThanOrEqual(3);
    expect(latestChange.suggestions).toEqual(
      latestChange.suggestions.map(() =>
        expect.objectContaining({
          area: expect.any(String),
          why: expect.any(String),
          evidence: expect.any(String),
          expectedImprovement: expect.any(String),
        }),
      ),
    );
    const change = BUILT_IN_MATURITY_MODEL.find(p => p.id === 'change')!;
    expect(
      computeLevel(levelledRatings(change.criteria, latestChange.ratings)),
    ).toBe(2);
  });
});
