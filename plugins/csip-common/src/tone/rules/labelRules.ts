import type { ToneRule } from '../toneRules';
import {
  tok,
  beLike,
  subjectPlural,
  personSubject,
  WHY_LABEL,
  WHY_VERDICT,
} from './ruleHelpers';

/**
 * Labels: words about people's character or ability.
 *
 * @internal
 */
export const LABEL_RULES: readonly ToneRule[] = [
  // Labels ----------------------------------------------------------------
  {
    pattern: '[out of @POSS depth]',
    category: 'label',
    suggestion: 'new to this',
    why: WHY_LABEL,
  },
  {
    pattern: '[asleep at the wheel|switch]',
    category: 'label',
    suggestion: 'stretched',
    why: WHY_LABEL,
  },
  {
    pattern: '[have no idea|clue]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning`,
    why: WHY_LABEL,
  },
  {
    pattern: '[do @NOT know what @ANY be do]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning the ropes`,
    why: WHY_LABEL,
  },
  {
    pattern: '[do @NOT understand the first|first thing about]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning about`,
    why: WHY_LABEL,
  },
  {
    pattern: '[do @NOT understand the basic|basics of]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning`,
    why: WHY_LABEL,
  },
  {
    pattern: '[have @NOT ?yet grasp the basic|basics of]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning`,
    why: WHY_LABEL,
  },
  {
    pattern:
      '[lack ?basic|any|real|the|a ?sense ?of discipline|competence|skill|skills|ownership|motivation|commitment|professionalism|care|interest|respect|accountability|urgency|judgement|judgment|maturity|rigour|rigor|drive|initiative|backbone|common]',
    category: 'label',
    suggestion: m => {
      const det = tok(m, 1);
      const sense = tok(m, 2);
      const trait = m.tokens[m.to];
      const what = sense
        ? `a sense of ${trait.text}`
        : `${
            det && (det.norm === 'the' || det.norm === 'a')
              ? `${det.norm} `
              : ''
          }${trait.text}`;
      return `${beLike(m, 0)} still building ${what}`;
    },
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[be @NOT up to ?the|this|that job|task|scratch|mark|standard|it]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still growing into the role`,
    why: WHY_LABEL,
  },
  {
    pattern: '[can @NOT be trust ?with|to]',
    category: 'label',
    suggestion: m => {
      const be = subjectPlural(m) ? 'are' : 'is';
      const last = tok(m, 4);
      if (last?.norm === 'with') return `${be} still building experience with`;
      if (last?.norm === 'to') return `${be} still building experience to`;
      return `${be} still building trust`;
    },
    why: WHY_LABEL,
  },
  {
    pattern: '[be the problem]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} under strain`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[be the reason]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} linked to why`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[sorry|sad state]',
    category: 'verdict',
    suggestion: 'early state',
    why: WHY_VERDICT,
  },
];
