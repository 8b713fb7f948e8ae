import type { ToneRule } from '../toneRules';
import {
  initial,
  negativeContext,
  WHY_HABIT,
  WHY_ABSOLUTE,
  HABIT_BLAME,
} from './ruleHelpers';

/**
 * Habitual blame and absolutes.
 *
 * @internal
 */
export const HABIT_RULES: readonly ToneRule[] = [
  // Habitual blame and absolutes ----------------------------------------
  {
    pattern: '[yet again]',
    category: 'absolute',
    suggestion: m => initial(m, 'again'),
    why: WHY_HABIT,
  },
  {
    pattern: '[once again]',
    category: 'absolute',
    suggestion: m => initial(m, 'again'),
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern: '[again and again]',
    category: 'absolute',
    suggestion: 'more than once',
    why: WHY_HABIT,
  },
  {
    pattern: '[time and ?time again]',
    category: 'absolute',
    suggestion: m => initial(m, 'more than once'),
    why: WHY_HABIT,
  },
  {
    pattern: '[time after time]',
    category: 'absolute',
    suggestion: m => initial(m, 'more than once'),
    why: WHY_HABIT,
  },
  {
    pattern: '[over and over ?again]',
    category: 'absolute',
    suggestion: m => initial(m, 'more than once'),
    why: WHY_HABIT,
  },
  {
    pattern: '[as ?per usual|ever]',
    category: 'absolute',
    suggestion: m => initial(m, 'as in other changes'),
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern: '[as always]',
    category: 'absolute',
    suggestion: m => initial(m, 'as in other changes'),
    why: WHY_HABIT,
  },
  {
    pattern: '[every single]',
    category: 'absolute',
    suggestion: m => initial(m, 'nearly every'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[not a single|one]',
    category: 'absolute',
    suggestion: m => initial(m, 'hardly a'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[not|never once]',
    category: 'absolute',
    suggestion: m => initial(m, 'rarely'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern:
      '[for the hundredth|umpteenth|nth|millionth|thousandth|fiftieth|tenth|twentieth time]',
    category: 'absolute',
    suggestion: m => initial(m, 'again'),
    why: WHY_HABIT,
  },
  {
    pattern: 'no|nothing|nobody|none|no-one @ANY ?@ANY [ever]',
    category: 'absolute',
    suggestion: 'consistently',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: 'nothing|nobody|no-one [ever]',
    category: 'absolute',
    suggestion: 'consistently',
    why: WHY_ABSOLUTE,
  },
  {
    pattern:
      '[perpetually|invariably|chronically|habitually|notoriously|eternally|incessantly|forever|ceaselessly|endlessly]',
    category: 'absolute',
    suggestion: 'at times',
    why: WHY_HABIT,
    when: m => {
      const t = m.tokens[m.from];
      if (t.norm !== 'forever' && t.norm !== 'endlessly') return true;
      const next = m.tokens[m.from + 1];
      return (
        !!next &&
        (next.pos === 'ADJ' ||
          (next.pos === 'VERB' && next.norm.endsWith('ing')))
      );
    },
  },
  {
    pattern: '[notorious for]',
    category: 'absolute',
    suggestion: 'known for',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[routinely|repeatedly|persistently|continually|constantly|consistently] @V',
    category: 'absolute',
    suggestion: 'at times',
    why: WHY_HABIT,
    when: m => {
      const v = m.tokens[m.at[1]];
      return HABIT_BLAME.has(v.lemma);
    },
  },
  {
    pattern:
      '[zero] discipline|understanding|ownership|interest|control|accountability|effort|care|respect|awareness|knowledge|appetite|commitment|rigour|rigor|urgency',
    category: 'absolute',
    suggestion: 'limited',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[absolutely|utterly|totally|completely no|nothing|none]',
    category: 'absolute',
    suggestion: m => initial(m, 'very little'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[without fail]',
    category: 'absolute',
    suggestion: m => initial(m, 'usually'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[nothing about]',
    category: 'absolute',
    suggestion: m => initial(m, 'little about'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[everything about]',
    category: 'absolute',
    suggestion: m => initial(m, 'much about'),
    why: WHY_ABSOLUTE,
    when: negativeContext,
  },
  {
    pattern: '[everything] @P|they ?@ANY touch',
    category: 'absolute',
    suggestion: m => initial(m, 'some of what'),
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[every] @N @P|they touch',
    category: 'absolute',
    suggestion: m => initial(m, 'some'),
    why: WHY_ABSOLUTE,
  },
];
