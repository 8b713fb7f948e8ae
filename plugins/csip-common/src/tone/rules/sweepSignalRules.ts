import { valence } from '../toneNlp';
import type { RuleMatch, ToneRule } from '../toneRules';
import {
  negativeContext,
  personSubject,
  WHY_ABSOLUTE,
  WHY_COMMAND,
  WHY_SWEEP,
} from './ruleHelpers';

/** "worse", "less mature", "sloppier" just before the match. */
function comparativeBefore(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart && j >= m.from - 3; j--) {
    const t = m.tokens[j];
    if (['worse', 'less', 'fewer', 'poorer', 'weaker'].includes(t.norm)) {
      return true;
    }
    if (t.norm.endsWith('er') && t.lemma !== t.norm && valence(t.lemma) < 0) {
      return true;
    }
  }
  return false;
}

/**
 * Sweeping verdicts: "doesn't really exist", "no real configuration management", "none of it can be trusted", "whatsoever".
 *
 * @internal
 */
export const SWEEP_SIGNAL_RULES: readonly ToneRule[] = [
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
  // Comparisons that pass a verdict: "worse than any team I have seen",
  // "less mature than anyone else's".
  {
    pattern:
      "[than any|anyone|anybody|anything ?other|else ?@ANY ?@ANY i|we have|'ve|had|'d ever|seen|reviewed|met|worked]",
    category: 'absolute',
    suggestion: 'than several teams we have seen',
    why: WHY_SWEEP,
    when: m => comparativeBefore(m),
  },
  {
    pattern: '[than any|anyone|anybody ?other|else]',
    category: 'absolute',
    suggestion: 'than some',
    why: WHY_SWEEP,
    when: m => comparativeBefore(m),
  },
];
