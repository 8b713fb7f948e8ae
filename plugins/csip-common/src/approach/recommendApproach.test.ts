import {
  APPROACHES,
  READINESS_QUESTIONS,
  ReadinessAnswers,
} from './approachSchema';
import { recommendApproach, unansweredQuestions } from './recommendApproach';

const neutral: ReadinessAnswers = {
  experience: 3,
  capacity: 3,
  ownership: 3,
  openness: 3,
  urgency: 3,
  budget: 3,
  retainKnowhow: 3,
  riskTolerance: 3,
};

describe('recommendApproach', () => {
  it.each([
    {
      name: 'urgent pain, no capacity or experience, budget to spend',
      answers: {
        experience: 1,
        capacity: 1,
        ownership: 3,
        openness: 4,
        urgency: 5,
        budget: 5,
        retainKnowhow: 2,
        riskTolerance: 1,
      },
      expected: 'done-to-you',
    },
    {
      name: 'outsourcing-minded with money and no wish to keep the know-how',
      answers: {
        experience: 2,
        capacity: 2,
        ownership: 2,
        openness: 5,
        urgency: 4,
        budget: 5,
        retainKnowhow: 1,
        riskTolerance: 2,
      },
      expected: 'done-to-you',
    },
    {
      name: 'experienced team with time and little budget',
      answers: {
        experience: 5,
        capacity: 5,
        ownership: 4,
        openness: 2,
        urgency: 1,
        budget: 1,
        retainKnowhow: 4,
        riskTolerance: 5,
      },
      expected: 'diy',
    },
    {
      name: 'experienced but wary of outsiders',
      answers: {
        experience: 4,
        capacity: 4,
        ownership: 3,
        openness: 1,
        urgency: 2,
        budget: 2,
        retainKnowhow: 3,
        riskTolerance: 4,
      },
      expected: 'diy',
    },
    {
      name: 'inexperienced but willing owners who must keep the know-how',
      answers: {
        experience: 2,
        capacity: 3,
        ownership: 5,
        openness: 5,
        urgency: 3,
        budget: 3,
        retainKnowhow: 5,
        riskTolerance: 2,
      },
      expected: 'diy-with-coaching',
    },
    {
      name: 'every answer in the middle (a tie goes to coaching)',
      answers: neutral,
      expected: 'diy-with-coaching',
    },
  ])('$name → $expected', ({ answers, expected }) => {
    expect(recommendApproach(answers).recommended).toBe(expected);
  });

  it('scores every approach from 0 to 100, 50 when the answers are neutral', () => {
    expect(recommendApproach(neutral).scores).toEqual({
      'done-to-you': 50,
      diy: 50,
      'diy-with-coaching': 50,
    });
    const extremes = [1, 5].flatMap(low =>
      [1, 5].map(high => ({
        ...neutral,
        experience: low,
        budget: high,
        urgency: high,
      })),
    );
    for (const answers of extremes) {
      for (const value of Object.values(recommendApproach(answers).scores)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
  });

  it('explains the recommendation with the answers that favoured it, strongest first', () => {
    const result = recommendApproach({
      experience: 1,
      capacity: 1,
      ownership: 3,
      openness: 4,
      urgency: 5,
      budget: 5,
      retainKnowhow: 2,
      riskTolerance: 1,
    });
    expect(result.reasons.map(r => r.question)).toEqual([
      'urgency',
      'budget',
      'experience',
      'capacity',
      'retainKnowhow',
      'riskTolerance',
      'openness',
    ]);
    expect(result.reasons[0].text).toBe(
      'The operational pain is urgent (5 of 5), which favours done to you.',
    );
  });

  it('says so when no answer favours the recommendation', () => {
    const result = recommendApproach(neutral);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0].question).toBeUndefined();
  });

  it('lists the known risks of every approach, and adds those the answers raise', () => {
    const base = recommendApproach(neutral).risks;
    for (const approach of APPROACHES) {
      expect(base[approach].length).toBeGreaterThan(0);
    }
    expect(base['done-to-you'].join(' ')).toMatch(/knowledge transfer/);
    const inexperienced = recommendApproach({
      ...neutral,
      experience: 1,
    }).risks;
    expect(inexperienced.diy.join(' ')).toMatch(/mistakes and dead ends/);
    expect(base.diy.join(' ')).not.toMatch(/mistakes and dead ends/);
  });

  it('recommends nothing until every question is answered', () => {
    expect(recommendApproach({})).toBeUndefined();
    for (const question of READINESS_QUESTIONS) {
      const partly: Partial<ReadinessAnswers> = { ...neutral };
      delete partly[question];
      expect(recommendApproach(partly)).toBeUndefined();
      expect(
        recommendApproach({ ...neutral, [question]: undefined }),
      ).toBeUndefined();
    }
    const answered: Partial<ReadinessAnswers> = { ...neutral };
    expect(recommendApproach(answered)?.recommended).toBe('diy-with-coaching');
  });

  it('never takes a missing answer as the middle of the scale', () => {
    const { ownership, ...allButOwnership } = {
      ...neutral,
      urgency: 5,
      budget: 5,
    };
    expect(ownership).toBe(3);
    expect(recommendApproach(allButOwnership)).toBeUndefined();
    expect(recommendApproach({ ...allButOwnership, ownership })).toBeDefined();
  });

  it('is deterministic', () => {
    const answers = { ...neutral, openness: 5, budget: 1 };
    expect(recommendApproach(answers)).toEqual(recommendApproach(answers));
  });
});

describe('unansweredQuestions', () => {
  it('lists the questions without an answer, in questionnaire order', () => {
    expect(unansweredQuestions({})).toEqual([...READINESS_QUESTIONS]);
    expect(unansweredQuestions({ ...neutral, budget: undefined })).toEqual([
      'budget',
    ]);
    expect(unansweredQuestions(neutral)).toEqual([]);
  });
});
