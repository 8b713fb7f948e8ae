import { inflect } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import { tok, formAt, initial, WHY_COMMAND, WHY_SHAME } from './ruleHelpers';

/**
 * Commands and shaming: orders, obligations put on people, rhetorical questions.
 *
 * @internal
 */
export const COMMAND_RULES: readonly ToneRule[] = [
  // Commands and shaming ------------------------------------------------
  {
    pattern: '[stop|quit] @VING|it|this|that',
    category: 'command',
    suggestion: m => initial(m, 'an option is to stop'),
    why: WHY_COMMAND,
    when: m => {
      const prev = m.tokens[m.from - 1];
      return (
        m.from === m.sentenceStart ||
        (!!prev &&
          ['just', 'please', 'so', 'and', 'now', ':'].includes(prev.norm))
      );
    },
  },
  {
    pattern: '[shame on]',
    category: 'command',
    suggestion: m => initial(m, 'a question for'),
    why: WHY_SHAME,
  },
  {
    pattern: '[should|must|ought ?to be ashamed|embarrassed ?of|about|by]',
    category: 'command',
    suggestion: 'could reflect on',
    why: WHY_SHAME,
  },
  {
    pattern: '[how could|can|dare you]',
    category: 'command',
    suggestion: m => initial(m, 'what led you to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[what be you think|thinking]',
    category: 'command',
    suggestion: m => initial(m, 'what was happening'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[why on earth]',
    category: 'command',
    suggestion: m => initial(m, 'why'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[why do @NOT you|they|he|she|we]',
    category: 'command',
    suggestion: m => initial(m, 'what made it hard to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[why do nobody|no-one]',
    category: 'command',
    suggestion: m => initial(m, 'what made it hard to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[why do no one]',
    category: 'command',
    suggestion: m => initial(m, 'what made it hard to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[how hard|difficult|tough can it be]',
    category: 'command',
    suggestion: m => initial(m, 'what would make it easier'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[there be no excuse ?for]',
    category: 'command',
    suggestion: m =>
      initial(m, `let us look at the reasons${tok(m, 4) ? ' for' : ''}`),
    why: WHY_COMMAND,
  },
  {
    pattern: '[no more excuse|excuses]',
    category: 'command',
    suggestion: m => initial(m, 'let us talk'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[should|ought ?to know better]',
    category: 'command',
    suggestion: 'might benefit from a reminder',
    why: WHY_SHAME,
  },
  {
    pattern: '[should ?have know better]',
    category: 'command',
    suggestion: 'might have benefited from a reminder',
    why: WHY_SHAME,
  },
  {
    pattern: '[i|we expect better ?from|of]',
    category: 'command',
    suggestion: m => initial(m, 'there is room to grow for'),
    why: WHY_SHAME,
  },
  {
    pattern: '[not rocket science]',
    category: 'command',
    suggestion: 'a manageable step',
    why: WHY_SHAME,
  },
  {
    pattern: '[enough be enough]',
    category: 'command',
    suggestion: m => initial(m, 'it is time to talk about this'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[for once]',
    category: 'command',
    suggestion: 'this time',
    why: WHY_SHAME,
    when: m => m.tokens[m.from - 1]?.norm !== 'all',
  },
  {
    pattern: '[have to be tell]',
    category: 'command',
    suggestion: m =>
      `${tok(m, 0)!.norm === 'has' ? 'has' : 'have'} been reminded of`,
    why: WHY_SHAME,
  },
  {
    pattern: '[you be tell to]',
    category: 'command',
    suggestion: m => initial(m, 'the plan was to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[grow up]',
    category: 'command',
    suggestion: m => inflect('mature', formAt(m, 0)),
    why: WHY_SHAME,
  },
  {
    pattern:
      '[even a|an @ANY ?@ANY would|could know|see|spot|understand|realise|realize|tell]',
    category: 'command',
    suggestion: m => initial(m, 'it helps'),
    why: WHY_SHAME,
  },
  {
    pattern:
      '[any reasonable|competent|sensible|decent|good|half-decent ?@ANY would ?have]',
    category: 'command',
    suggestion: m =>
      initial(
        m,
        tok(m, 4) ? 'a second check might have' : 'a second check would',
      ),
    why: WHY_SHAME,
  },
  {
    pattern: '[do @NOT ever]',
    category: 'command',
    suggestion: m => initial(m, 'it helps not to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[do your job]',
    category: 'command',
    suggestion: m => initial(m, 'an option is to complete the steps'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[get your act together]',
    category: 'command',
    suggestion: m => initial(m, 'an option is to regroup'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[pull your sock|socks up]',
    category: 'command',
    suggestion: m => initial(m, 'an option is to refocus'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[get a grip]',
    category: 'command',
    suggestion: m => `${inflect('take', formAt(m, 0))} stock`,
    why: WHY_COMMAND,
  },
  {
    pattern: '[this|it have to stop]',
    category: 'command',
    suggestion: m => initial(m, 'this is worth changing'),
    why: WHY_COMMAND,
  },
];
