import { suggestionSchema } from './suggestionSchema';

describe('suggestionSchema', () => {
  it('takes a recommendation with its area, why, evidence and expected improvement', () => {
    const recommendation = {
      technique: 'Standard changes',
      advice: 'Agree two models',
      area: 'operations',
      why: 'Routine changes fill the CAB',
      evidence: 'Eight of twelve items were routine',
      expectedImprovement: 'The CAB looks at risky changes',
    };
    expect(suggestionSchema.parse(recommendation)).toEqual(recommendation);
    expect(suggestionSchema.parse({ technique: 'T', advice: 'A' })).toEqual({
      technique: 'T',
      advice: 'A',
    });
  });

  it.each([
    ['an unknown area', { area: 'finance' }, 'area'],
    ['an empty why', { why: ' ' }, 'why'],
    [
      'an expected improvement too long',
      { expectedImprovement: 'x'.repeat(4001) },
      'expectedImprovement',
    ],
  ])('refuses %s', (_name, extra, field) => {
    const result = suggestionSchema.safeParse({
      technique: 'T',
      advice: 'A',
      ...extra,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map(i => i.path.join('.'))).toEqual([field]);
  });
});
