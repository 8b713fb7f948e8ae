import { reviewTexts, reviewToneFindings } from './reviewToneFindings';

const empty = { strengths: [], observations: [], suggestions: [], actions: [] };

describe('reviewTexts', () => {
  it('covers the reasons for NA, evidence notes and the recommendation texts', () => {
    expect(
      reviewTexts({
        ...empty,
        ratings: [
          { criterionId: 'a', coach: 'F' },
          {
            criterionId: 'b',
            coach: 'NA',
            naReason: 'No partners',
            evidence: [{ kind: 'document', note: 'Supplier list' }],
          },
        ],
        suggestions: [
          {
            technique: 'T',
            advice: 'A',
            area: 'culture',
            why: 'W',
            evidence: 'E',
            expectedImprovement: 'X',
          },
          { technique: 'T2', advice: 'A2' },
        ],
      }),
    ).toEqual([
      ['ratings.1.naReason', 'No partners'],
      ['ratings.1.evidence.0.note', 'Supplier list'],
      ['suggestions.0.technique', 'T'],
      ['suggestions.0.advice', 'A'],
      ['suggestions.0.why', 'W'],
      ['suggestions.0.evidence', 'E'],
      ['suggestions.0.expectedImprovement', 'X'],
      ['suggestions.1.technique', 'T2'],
      ['suggestions.1.advice', 'A2'],
    ]);
  });
});

describe('reviewToneFindings', () => {
  it('finds judgemental wording in the new fields', () => {
    const findings = reviewToneFindings({
      ...empty,
      ratings: [
        {
          criterionId: 'a',
          coach: 'NA',
          naReason: 'They never do this.',
          evidence: [{ kind: 'interview', note: 'The team failed to say.' }],
        },
      ],
      suggestions: [
        {
          technique: 'T',
          advice: 'A',
          why: 'The process is always late.',
          evidence: 'Poor records.',
          expectedImprovement: 'Never late again.',
        },
      ],
    });
    expect([...new Set(findings.map(f => f.field))]).toEqual([
      'ratings.0.naReason',
      'ratings.0.evidence.0.note',
      'suggestions.0.why',
      'suggestions.0.evidence',
      'suggestions.0.expectedImprovement',
    ]);
  });
});
