import { checkTone } from '../tone/checkTone';
import { BUILT_IN_MATURITY_MODEL } from './builtInMaturityModel';
import { BUILT_IN_QUESTIONS } from './builtInQuestions';
import { LEVEL_QUESTIONS, levelQuestions } from './levelQuestions';
import { coachingQuestionsSchema } from './maturityModelSchema';

const allCriteria = BUILT_IN_MATURITY_MODEL.flatMap(p => p.criteria);

/** Words an open coaching question starts with. */
const OPEN_START =
  /^(What|How|Where|When|Who|Which|Tell me|Walk me through|In what|To what extent)\b/;

/** Words a yes/no question starts with. */
const CLOSED_START =
  /^(Is|Are|Do|Does|Did|Can|Could|Should|Have|Has|Would|Will|Was|Were|Shall|May|Might)\b/;

/** Why each question breaks the house rules for coaching questions, if it does. */
function problems(question: string): string[] {
  const found: string[] = [];
  if (!OPEN_START.test(question)) found.push('does not start open');
  if (CLOSED_START.test(question)) found.push('starts as a yes/no question');
  if (!question.endsWith('?')) found.push("does not end with '?'");
  if (question.trim() !== question) found.push('has surrounding whitespace');
  if ((question.match(/\?/g) ?? []).length !== 1) found.push('asks twice');
  if (checkTone(question).length > 0) {
    found.push(`tone: ${checkTone(question).map(f => f.phrase)}`);
  }
  return found;
}

function offenders(questions: ReadonlyArray<readonly [string, string]>) {
  return questions
    .map(([key, q]) => ({ key, q, problems: problems(q) }))
    .filter(o => o.problems.length > 0);
}

const builtIn = Object.entries(BUILT_IN_QUESTIONS).flatMap(([id, qs]) =>
  qs.map(q => [id, q] as const),
);
const generic = Object.entries(LEVEL_QUESTIONS).flatMap(([level, qs]) =>
  qs.map(q => [level, q] as const),
);

describe('the coaching question rules', () => {
  it.each([
    ['Did the team record the change?', 'starts as a yes/no question'],
    ['Should the CAB meet weekly?', 'starts as a yes/no question'],
    ['The change was recorded?', 'does not start open'],
    ['What happens next.', "does not end with '?'"],
    ['What did the lazy team forget?', 'tone: lazy team'],
  ])('flag %j', (question, problem) => {
    expect(problems(question).join('; ')).toContain(problem.split(':')[0]);
  });
});

describe('BUILT_IN_QUESTIONS', () => {
  it('gives every built-in criterion two or three questions of its own', () => {
    const short = allCriteria
      .filter(
        c => !BUILT_IN_QUESTIONS[c.id] || BUILT_IN_QUESTIONS[c.id].length < 2,
      )
      .map(c => c.id);
    expect(short).toEqual([]);
    for (const criterion of allCriteria) {
      expect(BUILT_IN_QUESTIONS[criterion.id].length).toBeLessThanOrEqual(3);
      expect(criterion.questions).toEqual(BUILT_IN_QUESTIONS[criterion.id]);
    }
  });

  it('has no questions for an id that is not a built-in criterion', () => {
    const ids = new Set(allCriteria.map(c => c.id));
    expect(Object.keys(BUILT_IN_QUESTIONS).filter(id => !ids.has(id))).toEqual(
      [],
    );
  });

  it('asks only open, non-leading questions the tone checker finds nothing in', () => {
    expect(offenders(builtIn)).toEqual([]);
  });

  it('asks every question only once across the whole model', () => {
    const texts = [...builtIn, ...generic].map(([, q]) => q.toLowerCase());
    const repeated = texts.filter((q, i) => texts.indexOf(q) !== i);
    expect(repeated).toEqual([]);
  });

  it('gives every criterion questions the served schema accepts', () => {
    for (const criterion of allCriteria) {
      expect(
        coachingQuestionsSchema.safeParse(criterion.questions).success,
      ).toBe(true);
    }
  });
});

describe('LEVEL_QUESTIONS', () => {
  it('has at least two questions for each level 1 to 5 and none else', () => {
    expect(Object.keys(LEVEL_QUESTIONS)).toEqual(['1', '2', '3', '4', '5']);
    for (const level of [1, 2, 3, 4, 5]) {
      expect(levelQuestions(level).length).toBeGreaterThanOrEqual(2);
      expect(
        coachingQuestionsSchema.safeParse(levelQuestions(level)).success,
      ).toBe(true);
    }
    expect(levelQuestions(0)).toEqual([]);
  });

  it('asks only open, non-leading questions the tone checker finds nothing in', () => {
    expect(offenders(generic)).toEqual([]);
  });

  it('hands out a copy, so that no caller can change the table', () => {
    const questions = levelQuestions(1);
    questions.push('What else?');
    expect(levelQuestions(1)).toEqual(LEVEL_QUESTIONS[1]);
  });
});
