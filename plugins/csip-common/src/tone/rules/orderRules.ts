import { isPersonWord } from '../tonePeople';
import type { ToneRule } from '../toneRules';
import { initial, WHY_BLAME, WHY_COMMAND, WHY_SHAME } from './ruleHelpers';

/**
 * Orders and shaming: "I expect", "how could they", "ought to have", "held to account", "not good enough".
 *
 * @internal
 */
export const ORDER_RULES: readonly ToneRule[] = [
  // Orders and shaming ---------------------------------------------------
  {
    pattern: '[i|we expect|demand|insist @P|@DET|every|all|this|that|it|you]',
    category: 'command',
    suggestion: m => initial(m, 'we invite'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[how could|dare @P|anyone|anybody|nobody|it|this|that|@DET]',
    category: 'command',
    suggestion: m => initial(m, 'what led to'),
    why: WHY_COMMAND,
    when: m => {
      if (m.tokens[m.to].pos !== 'DET') return true;
      // "How could a team with this much experience …": said of people.
      for (let j = m.to + 1; j < m.to + 4 && j < m.tokens.length; j++) {
        const t = m.tokens[j];
        if (t.pos === 'NOUN' || t.pos === 'PROPN') return isPersonWord(t);
      }
      return false;
    },
  },
  {
    pattern: '[why on earth|earth]',
    category: 'command',
    suggestion: m => initial(m, 'what led to'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[too much to ask]',
    category: 'command',
    suggestion: 'a reasonable next step',
    why: WHY_SHAME,
  },
  {
    pattern:
      "[one|you would|'d have|'ve hope|hoped|think|thought|expect|expected]",
    category: 'command',
    suggestion: m => initial(m, 'an opportunity is'),
    why: WHY_SHAME,
  },
  {
    pattern: '[the least ~ could|can ?have do|done]',
    category: 'command',
    suggestion: m => initial(m, 'one helpful step would be'),
    why: WHY_SHAME,
  },
  {
    pattern: '[ought to ?have]',
    category: 'blame',
    suggestion: m => (m.tokens[m.to].lemma === 'have' ? 'could have' : 'could'),
    why: WHY_BLAME,
  },
  {
    pattern:
      "[can|cannot|can't|must|should|will @NOT be allow|allowed|tolerate|tolerated|accept|accepted|permit|permitted|let]",
    category: 'command',
    suggestion: 'is worth addressing',
    why: WHY_COMMAND,
  },
  {
    pattern: '[can|cannot @NOT happen|continue again|any|anymore]',
    category: 'command',
    suggestion: 'is worth preventing next time',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[@NOT ?at ?all acceptable|tolerable|appropriate|professional|okay|ok|adequate|sufficient ?at ?all]',
    category: 'verdict',
    suggestion: 'not yet where it could be',
    why: WHY_SHAME,
  },
  {
    pattern: '[@NOT good|acceptable enough]',
    category: 'verdict',
    suggestion: 'not yet where it could be',
    why: WHY_SHAME,
  },
  {
    pattern: '[be|get hold|held ?to account|accountable|responsible]',
    category: 'blame',
    suggestion: 'be supported to own it',
    why: WHY_BLAME,
    when: m =>
      m.tokens[m.at[1]]?.lemma === 'hold' || m.tokens[m.at[1]]?.norm === 'held',
  },
  {
    pattern: '[hold|held @P|@DET ~ to account|accountable]',
    category: 'blame',
    suggestion: 'support the owner',
    why: WHY_BLAME,
  },
  {
    pattern: '[step up or step aside|down|out]',
    category: 'command',
    suggestion: 'take on the role with support',
    why: WHY_COMMAND,
  },
  {
    pattern: '[if i be|were you]',
    category: 'command',
    suggestion: 'one option is',
    why: WHY_SHAME,
  },
  {
    pattern: '[be|was|were|is|are ?really|even|seriously that hard|difficult]',
    category: 'command',
    suggestion: 'what makes this hard',
    why: WHY_SHAME,
  },
];
