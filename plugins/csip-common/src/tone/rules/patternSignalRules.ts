import { isPersonWord } from '../tonePeople';
import type { ToneRule } from '../toneRules';
import {
  initial,
  negativeContext,
  otherPeopleSubject,
  personSubject,
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_COMMAND,
  WHY_HABIT,
  WHY_SHAME,
  WHY_SWEEP,
} from './ruleHelpers';

const ORDINALS = 'second third fourth fifth sixth umpteenth nth another same';
const PERIODS =
  'review reviews time times quarter quarters month months release releases cycle cycles sprint sprints audit audits year years week weeks';

/**
 * Habitual blame ("as usual", "here we go again", "the third review
 * running"), orders and shaming ("I expect", "how could they", "ought to
 * have", "held to account") and sweeping verdicts ("doesn't really exist",
 * "none of it can be trusted", "no real configuration management").
 *
 * @internal
 */
export const PATTERN_SIGNAL_RULES: readonly ToneRule[] = [
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
      negativeContext(m) ||
      (otherPeopleSubject(m) &&
        !['routinely', 'invariably'].includes(m.tokens[m.from].norm)),
  },
  {
    pattern:
      '[every|each time|cycle|quarter|release|review|audit|sprint|decommission|change|deployment]',
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
    pattern: '[the least @P could|can ?have do]',
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
  // Sweeping verdicts ----------------------------------------------------
  {
    pattern: '[do @NOT ?really|even|actually exist]',
    category: 'verdict',
    suggestion: 'is still taking shape',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[there be no|little real|proper|meaningful|genuine|actual|effective]',
    category: 'verdict',
    suggestion: 'there is not yet a fully formed',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[no real|proper|meaningful|genuine|actual|functioning|working|effective|coherent|discernible|recognisable|recognizable]',
    category: 'verdict',
    suggestion: 'not yet a fully formed',
    why: WHY_SWEEP,
  },
  {
    pattern: '[not much|little ~ anyone|anybody would recognise|recognize]',
    category: 'verdict',
    suggestion: 'room to grow',
    why: WHY_SWEEP,
  },
  {
    pattern: '[in any meaningful|real|practical sense|way]',
    category: 'verdict',
    suggestion: 'fully, yet',
    why: WHY_SWEEP,
  },
  {
    pattern: '[whatsoever]',
    category: 'absolute',
    suggestion: 'yet',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[none|nothing of ?the ?@ANY ~ can|could be trust|rely]',
    category: 'absolute',
    suggestion: 'not all of it can yet be relied on',
    why: WHY_SWEEP,
  },
  {
    pattern: '[can|cannot @NOT be trust|rely]',
    category: 'verdict',
    suggestion: 'is not yet reliable',
    why: WHY_SWEEP,
  },
  {
    pattern: '[?@NOT ?be worth the paper|ticket|bytes|screen]',
    category: 'verdict',
    suggestion: 'not yet used in practice',
    why: WHY_SWEEP,
  },
  {
    pattern: '[barely|hardly worth]',
    category: 'verdict',
    suggestion: 'not yet adding the value it could',
    why: WHY_SWEEP,
  },
  {
    pattern: '[every|each part|bit|piece|aspect|corner of]',
    category: 'absolute',
    suggestion: 'several parts of',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[from top to bottom]',
    category: 'absolute',
    suggestion: 'in several places',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[from start to finish]',
    category: 'absolute',
    suggestion: 'in several places',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[from day one]',
    category: 'absolute',
    suggestion: 'in several places',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[from beginning to end]',
    category: 'absolute',
    suggestion: 'in several places',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[across the board]',
    category: 'absolute',
    suggestion: 'in several areas',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[nothing] @ANY',
    category: 'absolute',
    suggestion: 'not every part',
    why: WHY_SWEEP,
    when: m => {
      const sentence = m.tokens[m.from].sentence;
      for (let j = m.from + 1; j < m.tokens.length && j < m.from + 9; j++) {
        const t = m.tokens[j];
        if (t.sentence !== sentence) return false;
        if (['work', 'function'].includes(t.lemma) && t.pos === 'VERB') {
          return true;
        }
      }
      return false;
    },
  },
  {
    pattern: '[a|an ?total|complete|absolute|utter write|non - off|starter]',
    category: 'verdict',
    suggestion: 'an area that needs a fresh start',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[a|an lost|dead|basket|car|dumpster|house cause|loss|case|crash|fire|of ?cards]',
    category: 'verdict',
    suggestion: 'an area that needs a fresh start',
    why: WHY_SWEEP,
  },
  {
    pattern: '[hold|held together with|by duct|sticky|gaffer|string]',
    category: 'verdict',
    suggestion: 'relying on workarounds',
    why: WHY_SWEEP,
  },
  {
    pattern: '[tear|torn ~ down|up and start|started]',
    category: 'verdict',
    suggestion: 'rethought',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[be|is|are|was|were ?completely|totally|utterly|just backwards|backward]',
    category: 'verdict',
    suggestion: 'is the other way round from what works',
    why: WHY_SWEEP,
    when: m => m.tokens[m.to + 1]?.pos === 'PUNCT',
  },
  {
    pattern: '[dress|dressed up as]',
    category: 'verdict',
    suggestion: 'described as',
    why: WHY_SWEEP,
  },
  {
    pattern: '[what be|is @ANY ~ even for]',
    category: 'command',
    suggestion: 'what purpose does it serve today',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[be|is|are @NOT a ~ process|practice|calendar|plan|cab|cmdb|system ?,|;|it]',
    category: 'verdict',
    suggestion: 'is still becoming a',
    why: WHY_SWEEP,
    when: m =>
      m.tokens
        .slice(m.to, m.to + 4)
        .some(t => t.norm === "'s" || t.norm === 'it' || t.norm === 'just'),
  },
  {
    pattern:
      '[just|merely|only|basically|really ?just a|an wish|spreadsheet|list|queue|formality|paperwork|box-ticking|rubber]',
    category: 'verdict',
    suggestion: 'at present a',
    why: WHY_SWEEP,
  },
  {
    pattern: "[and that be|is|'s about it|all]",
    category: 'verdict',
    suggestion: 'and not yet much beyond that',
    why: WHY_SWEEP,
  },
  {
    pattern: '[exist|exists|existed on paper]',
    category: 'verdict',
    suggestion: 'is documented but not yet practised',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[simply|just @NOT ?really ?able|can|cannot manage|handle|run|do|cope]',
    category: 'label',
    suggestion: 'is still building the capacity to',
    why: WHY_SWEEP,
    when: personSubject,
  },
  {
    pattern: "[can|cannot|can't @NOT ?simply manage|handle|cope|run|do]",
    category: 'label',
    suggestion: 'is still building the capacity to',
    why: WHY_SWEEP,
    when: m =>
      personSubject(m) &&
      (m.tokens[m.to + 1]?.pos === 'NOUN' ||
        m.tokens[m.to + 1]?.pos === 'DET' ||
        m.tokens[m.to + 1]?.pos === 'PUNCT'),
  },
];
