import { checkDecision } from './checkDecision';

const diyAnswers = {
  experience: 5,
  capacity: 5,
  ownership: 4,
  openness: 2,
  urgency: 1,
  budget: 1,
  retainKnowhow: 4,
  riskTolerance: 5,
};

describe('checkDecision', () => {
  it('accepts following the recommendation without a rationale', () => {
    expect(
      checkDecision({ approach: 'diy', rationale: '', answers: diyAnswers }),
    ).toEqual({
      recommended: 'diy',
      issues: [],
    });
  });

  it('needs a rationale to go against the recommendation', () => {
    const result = checkDecision({
      approach: 'done-to-you',
      rationale: '  ',
      answers: diyAnswers,
    });
    expect(result.recommended).toBe('diy');
    expect(result.issues.map(i => i.field)).toEqual(['rationale']);
    expect(
      checkDecision({
        approach: 'done-to-you',
        rationale: 'Audit deadline',
        answers: diyAnswers,
      }).issues,
    ).toEqual([]);
  });

  it('needs a rationale when there is no questionnaire to follow', () => {
    expect(
      checkDecision({ approach: 'diy', rationale: '' }).issues,
    ).toHaveLength(1);
    expect(
      checkDecision({ approach: 'diy', rationale: 'We know ITSM' }),
    ).toEqual({
      recommended: undefined,
      issues: [],
    });
  });
});
