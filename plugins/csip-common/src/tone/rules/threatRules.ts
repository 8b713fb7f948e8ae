import { isPersonWord } from '../tonePeople';
import type { RuleMatch, ToneRule } from '../toneRules';
import { WHY_THREAT, sentenceHas } from './idiomHelpers';
import {
  initial,
  personSubject,
  WHY_CERTAIN,
  WHY_COMMAND,
  WHY_SHAME,
  WHY_VERDICT,
} from './ruleHelpers';

/** The sentence of the match ends with a question mark. */
function isQuestion(m: RuleMatch): boolean {
  const sentence = m.tokens[m.from].sentence;
  let last = m.from;
  while (
    last + 1 < m.tokens.length &&
    m.tokens[last + 1].sentence === sentence
  ) {
    last++;
  }
  return m.tokens[last].text === '?';
}

/**
 * Threats and orders: "had better", "or else", "explain themselves", rhetorical questions, shaming comparisons.
 *
 * @internal
 */
export const THREAT_RULES: readonly ToneRule[] = [
  // Threats and orders ----------------------------------------------------
  {
    pattern: "[had|'d better]",
    category: 'command',
    suggestion: 'could',
    why: WHY_COMMAND,
    when: personSubject,
  },
  {
    pattern: '[or else]',
    category: 'command',
    suggestion: 'so that the risk is handled',
    why: WHY_THREAT,
  },
  {
    pattern:
      '[or there will|would be ?serious consequences|trouble|repercussions]',
    category: 'command',
    suggestion: 'because the stakes are real',
    why: WHY_THREAT,
  },
  {
    pattern: '[face|suffer ?the consequences|repercussions]',
    category: 'command',
    suggestion: 'see the effect',
    why: WHY_THREAT,
  },
  {
    pattern: '[or do @NOT]',
    category: 'command',
    suggestion: 'or else hold off and',
    why: WHY_COMMAND,
    // "Do the risk assessments properly or don't submit": an ultimatum
    // after an order, not "late or did not go as planned".
    when: m => {
      const first = m.tokens[m.sentenceStart];
      return first.pos === 'VERB' && first.norm === first.lemma;
    },
  },
  {
    pattern: '[explain|justify themselves|himself|herself|yourself|yourselves]',
    category: 'command',
    suggestion: 'talk us through the decision',
    why: WHY_SHAME,
  },
  {
    pattern: '[enough with|of] the|@ANY',
    category: 'command',
    suggestion: 'Let us look again at',
    why: WHY_COMMAND,
    when: m => m.from === m.sentenceStart,
  },
  {
    pattern: '[just|simply follow|do|stick|fill|read|use|get|fix]',
    category: 'command',
    suggestion: 'one option is to',
    why: WHY_COMMAND,
    when: m => {
      const prev = m.tokens[m.from - 1];
      return !!prev && [';', ':', '—', '-'].includes(prev.text);
    },
  },
  {
    pattern:
      '[any competent|good|decent|experienced|professional|sensible|self-respecting|capable|halfway ~ would|should]',
    category: 'command',
    suggestion: 'a next step could be that the',
    why: WHY_SHAME,
  },
  {
    pattern: '[what|why|how|who|where on earth]',
    category: 'command',
    suggestion: m => initial(m, `${m.tokens[m.from].norm} led to this`),
    why: WHY_COMMAND,
  },
  {
    pattern: '[what be|were|was @P think|thinking]',
    category: 'command',
    suggestion: m => initial(m, 'what led to this'),
    why: WHY_COMMAND,
  },
  {
    pattern: "[what i|we|one|you would|'d expect|hope|want from|of]",
    category: 'command',
    suggestion: 'the agreed target for',
    why: WHY_SHAME,
  },
  {
    pattern: '[fall|falls|fell|falling ?well|far|way below]',
    category: 'verdict',
    suggestion: 'is not yet at',
    why: WHY_VERDICT,
  },
  {
    pattern: '[have|has|had one job]',
    category: 'command',
    suggestion: 'had a clear responsibility',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[need|needs|needed|have|has|had to prove|show|demonstrate ?that ?it|itself|they|themselves]',
    category: 'command',
    suggestion: 'has an opportunity to show',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[should|would|ought|must|will ?to embarrass|shame|humiliate|disgrace|mortify]',
    category: 'command',
    suggestion: 'is worth reflecting on for',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[if @P|@DET ~ care|cared|bother|bothered|listen|listened|try|tried|think|thought|read|paid]',
    category: 'assumption',
    suggestion: 'if the team had room to focus on this',
    why: WHY_CERTAIN,
    when: m =>
      sentenceHas(
        m,
        (_l, n) => ['would', "'d", "wouldn't"].includes(n),
        false,
      ) &&
      (isPersonWord(m.tokens[m.from + 1]) ||
        isPersonWord(m.tokens[m.from + 2])),
  },
  // Rhetorical questions: "Is this really the best they can produce?",
  // "Will the team ever …?", "Does anyone even read …?".
  {
    pattern:
      '[be|is|are|was|were|do|does|did|can|could|will|would|has|have|had] @ANY ?@ANY ?@ANY [really|even|ever|seriously|honestly]',
    category: 'command',
    suggestion: 'what would help',
    why: WHY_COMMAND,
    when: m => m.from === m.sentenceStart && isQuestion(m),
  },
  // Negative questions that complain: "Isn't it obvious that …?", "Why
  // can't the team just …?", "Shouldn't they have known …?".
  {
    pattern:
      '[be|is|are|was|were|do|does|did|can|could|should|would|will|have|has @NOT]',
    category: 'command',
    suggestion: 'what would help',
    why: WHY_COMMAND,
    when: m =>
      m.from === m.sentenceStart &&
      isQuestion(m) &&
      // "Wouldn't it help to …?", "Could we not try …?": an invitation.
      !['we', 'us'].includes(m.tokens[m.to + 1]?.norm ?? '') &&
      !m.tokens
        .slice(m.to + 1, m.to + 4)
        .some(t => ['help', 'worth', 'useful', 'easier'].includes(t.lemma)),
  },
  {
    pattern:
      "[why can|can't|won't|don't|doesn't|didn't|couldn't|wouldn't|do|does|did|is|are @NOT]",
    category: 'command',
    suggestion: 'what makes it hard to',
    why: WHY_COMMAND,
    when: m => m.from === m.sentenceStart,
  },
];
