import { REPORTING_VERBS } from '../toneLexicon';
import type { ToneRule } from '../toneRules';
import {
  initial,
  negativeContext,
  otherPeopleSubject,
  WHY_ABSOLUTE,
  WHY_HABIT,
  WHY_SHAME,
} from './ruleHelpers';

const ORDINALS = 'second third fourth fifth sixth umpteenth nth another same';
const PERIODS =
  'review reviews time times quarter quarters month months release releases cycle cycles sprint sprints audit audits year years week weeks';

/**
 * Habitual blame: "as usual", "here we go again", "the third review running", "repeatedly" where something goes wrong.
 *
 * @internal
 */
export const HABIT_SIGNAL_RULES: readonly ToneRule[] = [
  // Habitual blame -------------------------------------------------------
  {
    pattern: '[once more]',
    category: 'absolute',
    suggestion: m => initial(m, 'again'),
    why: WHY_HABIT,
  },
  {
    pattern: '[as usual|always|ever]',
    category: 'absolute',
    suggestion: m => initial(m, 'as in other changes'),
    why: WHY_HABIT,
  },
  {
    pattern: '[here we go again]',
    category: 'absolute',
    suggestion: m => initial(m, 'we saw this again'),
    why: WHY_HABIT,
  },
  {
    pattern: '[the same old|story]',
    category: 'absolute',
    suggestion: 'a familiar pattern',
    why: WHY_HABIT,
  },
  {
    pattern: '[same story|thing]',
    category: 'absolute',
    suggestion: 'a similar pattern',
    why: WHY_HABIT,
    when: m =>
      m.from === m.sentenceStart ||
      m.tokens[m.from - 1]?.norm === "'s" ||
      m.tokens[m.from - 1]?.lemma === 'be',
  },
  {
    pattern: `[${ORDINALS.split(' ').join('|')} ${PERIODS.split(' ').join(
      '|',
    )} running|straight]`,
    category: 'absolute',
    suggestion: 'again, as in earlier reviews',
    why: WHY_HABIT,
  },
  {
    pattern: `[${ORDINALS.split(' ').join('|')} ${PERIODS.split(' ').join(
      '|',
    )} in a row]`,
    category: 'absolute',
    suggestion: 'again, as in earlier reviews',
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern:
      '[?for the second|third|fourth|fifth|sixth|umpteenth|nth|hundredth time]',
    category: 'absolute',
    suggestion: 'again',
    why: WHY_HABIT,
    when: m =>
      !!m.tokens[m.from - 1] && m.tokens[m.from].norm === 'for'
        ? true
        : m.tokens
            .slice(m.to + 1, m.to + 8)
            .some(t =>
              [
                'flag',
                'raise',
                'mention',
                'tell',
                'ask',
                'remind',
                'point',
                'discuss',
                'see',
                'say',
              ].includes(t.lemma),
            ) || negativeContext(m),
  },
  {
    pattern:
      '[repeatedly|persistently|habitually|continually|perpetually|chronically|routinely|invariably|forever]',
    category: 'absolute',
    suggestion: 'on several occasions',
    why: WHY_HABIT,
    when: m =>
      // "Interviewees repeatedly mentioned that …": how often they said it.
      !REPORTING_VERBS.has(m.tokens[m.to + 1]?.lemma ?? '') &&
      (negativeContext(m) ||
        (otherPeopleSubject(m) &&
          !['routinely', 'invariably'].includes(m.tokens[m.from].norm))),
  },
  {
    pattern:
      '[every|each time|cycle|quarter|release|review|audit|sprint|decommission|deployment]',
    category: 'absolute',
    suggestion: 'several times',
    why: WHY_HABIT,
    when: m => negativeContext(m) && otherPeopleSubject(m),
  },
  {
    pattern: '[literally every|all|always|never|everything|everyone|nothing]',
    category: 'absolute',
    suggestion: 'often',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[have|has a habit|tendency of|to]',
    category: 'absolute',
    suggestion: 'has on some occasions been seen',
    why: WHY_HABIT,
  },
  {
    pattern: '[as they|it|we|you have for as long as]',
    category: 'absolute',
    suggestion: 'as in earlier periods',
    why: WHY_HABIT,
  },
  {
    pattern: '[just as it|they be|was|were last]',
    category: 'absolute',
    suggestion: 'as in the previous period',
    why: WHY_HABIT,
  },
  {
    pattern: '[be get|getting old|tiresome|tiring]',
    category: 'command',
    suggestion: 'has come up before',
    why: WHY_SHAME,
  },
  {
    pattern: '[each and every]',
    category: 'absolute',
    suggestion: 'nearly every',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[not a|one single ?@N]',
    category: 'absolute',
    suggestion: 'hardly any',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[not one|a @N|person|one ?ever]',
    category: 'absolute',
    suggestion: 'hardly anyone',
    why: WHY_ABSOLUTE,
    when: m => m.from === m.sentenceStart,
  },
];
