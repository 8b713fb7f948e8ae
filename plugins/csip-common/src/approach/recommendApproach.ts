import {
  APPROACHES,
  Approach,
  READINESS_QUESTIONS,
  ReadinessAnswers,
  ReadinessQuestion,
  Recommendation,
  RecommendationReason,
} from './approachSchema';

/**
 * How strongly a high answer (above the middle, 3) favours (+) or counts
 * against (−) each approach; a low answer does the opposite.
 */
const WEIGHTS: Record<ReadinessQuestion, Record<Approach, number>> = {
  experience: { 'done-to-you': -1, diy: 2, 'diy-with-coaching': 0 },
  capacity: { 'done-to-you': -1, diy: 2, 'diy-with-coaching': 1 },
  ownership: { 'done-to-you': -1, diy: 1, 'diy-with-coaching': 2 },
  openness: { 'done-to-you': 1, diy: -1, 'diy-with-coaching': 2 },
  urgency: { 'done-to-you': 2, diy: -2, 'diy-with-coaching': 1 },
  budget: { 'done-to-you': 2, diy: -2, 'diy-with-coaching': 1 },
  retainKnowhow: { 'done-to-you': -2, diy: 1, 'diy-with-coaching': 2 },
  riskTolerance: { 'done-to-you': -1, diy: 2, 'diy-with-coaching': 0 },
};

/** What a high and a low answer to each question says, in words. */
const ANSWER_TEXT: Record<ReadinessQuestion, { high: string; low: string }> = {
  experience: {
    high: 'the team has implemented ITSM processes before',
    low: 'the team has little experience of implementing ITSM processes',
  },
  capacity: {
    high: 'people have time to do the improvement work themselves',
    low: 'people have little time beside day-to-day operations',
  },
  ownership: {
    high: 'leaders are willing to own the processes',
    low: 'leaders are not yet ready to own the processes',
  },
  openness: {
    high: 'the organisation welcomes outside expertise',
    low: 'the organisation is wary of outsiders',
  },
  urgency: {
    high: 'the operational pain is urgent',
    low: 'there is time to improve step by step',
  },
  budget: {
    high: 'there is budget for outside expertise',
    low: 'there is little budget for outside expertise',
  },
  retainKnowhow: {
    high: 'the know-how must stay in house',
    low: 'keeping the know-how in house matters little',
  },
  riskTolerance: {
    high: 'the organisation accepts the risk of learning by doing',
    low: 'the organisation wants to keep the risk of mistakes low',
  },
};

const APPROACH_NAMES: Record<Approach, string> = {
  'done-to-you': 'done to you',
  diy: 'do it yourself',
  'diy-with-coaching': 'do it yourself with coaching',
};

/** Known risks of each approach, whatever the answers. */
const BASE_RISKS: Record<Approach, string[]> = {
  'done-to-you': [
    'Little knowledge transfer: the know-how leaves with the outside team.',
    'Process ownership may never land with the real owners, so the processes fade once the implementers go.',
    'Every later CSIP phase needs the outside organisation again, and costs again.',
  ],
  diy: [
    'Without outside perspective, habits that cause today’s problems can be rebuilt into the new processes.',
    'Improvement work competes with daily operations and can stall.',
  ],
  'diy-with-coaching': [
    'Costs more up front than doing it yourself (coach days).',
    'Some people may fear or resent an outsider reviewing their work; the coaching style has to earn trust.',
    'The team can lean on the coach instead of building its own capability unless handover is planned from the start.',
  ],
};

/**
 * The risks that specific answers add to an approach.
 */
function answerRisks(answers: ReadinessAnswers): Record<Approach, string[]> {
  const risks: Record<Approach, string[]> = {
    'done-to-you': [],
    diy: [],
    'diy-with-coaching': [],
  };
  if (answers.experience <= 2) {
    risks.diy.push(
      'With little implementation experience, expect mistakes and dead ends, a higher risk of failure and lost momentum.',
    );
  }
  if (answers.capacity <= 2) {
    risks.diy.push(
      'With little spare capacity, the programme may never get going.',
    );
    risks['diy-with-coaching'].push(
      'With little spare capacity, the team may not have time to practise what the coach shows.',
    );
  }
  if (answers.ownership <= 2) {
    for (const approach of APPROACHES) {
      risks[approach].push(
        'Leaders are not yet ready to own the processes: whoever implements them, they will not stick until someone owns them.',
      );
    }
  }
  if (answers.retainKnowhow >= 4) {
    risks['done-to-you'].push(
      'You need the know-how in house, which this approach does not leave behind.',
    );
  }
  if (answers.budget <= 2) {
    risks['done-to-you'].push(
      'The budget may not cover an outside implementation.',
    );
    risks['diy-with-coaching'].push(
      'The budget may only stretch to a few coach days; spend them on the hardest process.',
    );
  }
  if (answers.openness <= 2) {
    risks['diy-with-coaching'].push(
      'Wariness of outsiders makes a coach’s first weeks harder; start with the team’s own questions.',
    );
  }
  return risks;
}

/** Scores range from 0 to 100; 50 means the answers neither favour nor count against. */
function score(answers: ReadinessAnswers, approach: Approach): number {
  let raw = 0;
  let max = 0;
  for (const question of READINESS_QUESTIONS) {
    const weight = WEIGHTS[question][approach];
    raw += weight * (answers[question] - 3);
    max += Math.abs(weight) * 2;
  }
  return Math.round(50 + (50 * raw) / max);
}

/** Order used to break ties: the balanced approach first. */
const TIE_ORDER: Approach[] = ['diy-with-coaching', 'diy', 'done-to-you'];

/**
 * The readiness questions still without an answer, in questionnaire order.
 * A recommendation needs none left (see `recommendApproach`).
 *
 * @public
 */
export function unansweredQuestions(
  answers: Partial<ReadinessAnswers>,
): ReadinessQuestion[] {
  return READINESS_QUESTIONS.filter(
    question => answers[question] === undefined || answers[question] === null,
  );
}

/** Whether every readiness question has an answer. */
function isComplete(
  answers: Partial<ReadinessAnswers>,
): answers is ReadinessAnswers {
  return unansweredQuestions(answers).length === 0;
}

/**
 * Recommends how to implement ITSM from the readiness answers: a score per
 * approach (0–100), the recommended approach (highest score; ties go to
 * do-it-yourself-with-coaching, then do-it-yourself), the answers that
 * favoured it, strongest first, and the known risks of every approach.
 * Deterministic and pure; the rules are documented in docs/approach.md.
 *
 * A questionnaire that is only partly answered is not enough to recommend
 * anything: with any answer missing, the result is `undefined` (a missing
 * answer is never taken as the middle of the scale).
 *
 * @public
 */
export function recommendApproach(answers: ReadinessAnswers): Recommendation;
/**
 * Recommends how to implement ITSM from answers that may be incomplete, as
 * a questionnaire being filled in holds them: `undefined` while any
 * question is unanswered, otherwise the recommendation of every answer.
 *
 * @public
 */
export function recommendApproach(
  answers: Partial<ReadinessAnswers>,
): Recommendation | undefined;
export function recommendApproach(
  answers: Partial<ReadinessAnswers>,
): Recommendation | undefined {
  if (!isComplete(answers)) return undefined;
  return recommendComplete(answers);
}

function recommendComplete(answers: ReadinessAnswers): Recommendation {
  const scores = {
    'done-to-you': score(answers, 'done-to-you'),
    diy: score(answers, 'diy'),
    'diy-with-coaching': score(answers, 'diy-with-coaching'),
  };
  const recommended = [...TIE_ORDER].sort(
    (a, b) =>
      scores[b] - scores[a] || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b),
  )[0];

  const reasons: RecommendationReason[] = READINESS_QUESTIONS.map(question => {
    const answer = answers[question];
    return {
      question,
      answer,
      effect: WEIGHTS[question][recommended] * (answer - 3),
    };
  })
    .filter(r => r.effect > 0)
    .sort(
      (a, b) =>
        b.effect - a.effect ||
        READINESS_QUESTIONS.indexOf(a.question) -
          READINESS_QUESTIONS.indexOf(b.question),
    )
    .map(({ question, answer }) => ({
      question,
      answer,
      text: `${capitalise(
        answer > 3 ? ANSWER_TEXT[question].high : ANSWER_TEXT[question].low,
      )} (${answer} of 5), which favours ${APPROACH_NAMES[recommended]}.`,
    }));

  if (reasons.length === 0) {
    reasons.push({
      text: 'The answers do not favour any approach; doing it yourself with coaching is the balanced default.',
    });
  }

  const extra = answerRisks(answers);
  const risks = {
    'done-to-you': [...BASE_RISKS['done-to-you'], ...extra['done-to-you']],
    diy: [...BASE_RISKS.diy, ...extra.diy],
    'diy-with-coaching': [
      ...BASE_RISKS['diy-with-coaching'],
      ...extra['diy-with-coaching'],
    ],
  };

  return { recommended, scores, reasons, risks };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}
