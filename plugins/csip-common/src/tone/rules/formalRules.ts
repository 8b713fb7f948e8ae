import { EVALUATIVE_ADJECTIVES, wordSet } from '../toneLexicon';
import { valence } from '../toneNlp';
import type { RuleMatch, ToneRule } from '../toneRules';

/** "an entitled attitude" → "a different attitude". */
const ADJ_FOR_TRAIT = 'different';
import {
  initial,
  negativeBefore,
  negativeContext,
  personSubject,
  WHY_ABSOLUTE,
  WHY_CERTAIN,
  WHY_COMMAND,
  WHY_HABIT,
  WHY_LABEL,
  WHY_SHAME,
  WHY_SWEEP,
  WHY_VERDICT,
} from './ruleHelpers';

/** Attitudes named as nouns ("a degree of indifference was displayed"), each with a neutral word. */
const ATTITUDE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['indifference', 'other priorities'],
  ['disinterest', 'other priorities'],
  ['apathy', 'low energy'],
  ['complacency', 'comfort with how things are'],
  ['entitlement', 'expectation of exceptions'],
  ['reluctance', 'hesitation'],
  ['unwillingness', 'hesitation'],
  ['arrogance', 'confidence'],
  ['defensiveness', 'caution'],
  ['hostility', 'strong pushback'],
  ['resistance', 'pushback'],
  ['contempt', 'strong disagreement'],
  ['disdain', 'scepticism'],
  ['cynicism', 'scepticism'],
  ['disregard', 'gaps in attention'],
  ['neglectfulness', 'gaps in upkeep'],
  ['smugness', 'confidence'],
  ['resentment', 'frustration'],
  ['inattention', 'gaps in attention'],
  ['inattentiveness', 'gaps in attention'],
  ['neglect', 'gaps in upkeep'],
  ['negligence', 'gaps in checks'],
  ['carelessness', 'haste'],
  ['laziness', 'time pressure'],
  ['sloppiness', 'inconsistency'],
  ['incompetence', 'learning curve'],
  ['ignorance', 'unfamiliarity'],
  ['stubbornness', 'firm views'],
  ['obstinacy', 'firm views'],
  ['evasiveness', 'reticence'],
]);

/** A later word of the sentence (within `reach` words) whose lemma matches. */
function laterInSentence(m: RuleMatch, reach: number, lemma: RegExp): boolean {
  const sentence = m.tokens[m.from].sentence;
  for (let j = m.to + 1; j < m.tokens.length && j <= m.to + reach; j++) {
    const t = m.tokens[j];
    if (t.sentence !== sentence) return false;
    if (lemma.test(t.lemma)) return true;
  }
  return false;
}

/** Words that make "immediately" part of a demand. */
const DEMANDS = wordSet(
  'must cease stop fix need needs shall will expected required',
);

function afterDemand(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    if (DEMANDS.has(m.tokens[j].norm)) return true;
  }
  return false;
}

/**
 * Judgements in formal, report-style prose: nominalised verdicts ("fell
 * short of what might reasonably be expected", "a marked reluctance",
 * "dereliction"), understatement ("rather less than satisfactory"),
 * sweeping findings ("without value", "a fiction", "upside down") and
 * idioms ("flying blind", "lost count").
 *
 * @internal
 */
export const FORMAL_RULES: readonly ToneRule[] = [
  {
    pattern:
      '[fall|fell|falls|falling ?somewhat|well|far|a|considerably ?long|good ?way short of]',
    category: 'verdict',
    suggestion: 'did not yet reach',
    why: WHY_VERDICT,
  },
  {
    pattern:
      '[?rather|somewhat|far less than satisfactory|adequate|ideal|optimal|acceptable|professional]',
    category: 'verdict',
    suggestion: 'not yet where the team wants it',
    why: WHY_VERDICT,
  },
  {
    pattern: '[what might|could|would ?reasonably be expect|expected]',
    category: 'command',
    suggestion: 'the agreed target',
    why: WHY_SHAME,
  },
  {
    pattern: '[dereliction|abdication]',
    category: 'blame',
    suggestion: 'a gap in the ownership',
    why: WHY_VERDICT,
  },
  {
    pattern:
      '[?a|an @ADJ attitude|mindset|behaviour|behavior|mentality|culture|demeanour|demeanor]',
    category: 'label',
    suggestion: m =>
      `${m.at[0] >= 0 ? 'a ' : ''}${ADJ_FOR_TRAIT} ${m.tokens[m.to].text}`,
    why: WHY_LABEL,
    when: m => {
      const adj = m.tokens[m.at[1]];
      return EVALUATIVE_ADJECTIVES.has(adj.lemma) || valence(adj.lemma) < 0;
    },
  },
  {
    pattern: `[${[...ATTITUDE_NOUNS.keys()].join('|')}]`,
    category: 'label',
    suggestion: m =>
      ATTITUDE_NOUNS.get(m.tokens[m.from].lemma) ??
      ATTITUDE_NOUNS.get(m.tokens[m.from].norm) ??
      'other priorities',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[lack|lacks|lacked|lacking ?the|any ?basic|real|proper ?professional|basic|necessary|required competence|skill|skills|ability|discipline|capability|maturity|understanding|will|pride|professionalism|rigour|rigor|care|respect|commitment|urgency|curiosity|backbone|integrity]',
    category: 'label',
    suggestion: m =>
      `${m.tokens[m.from].norm === 'lack' ? 'are' : 'is'} still building ${
        m.tokens[m.to].text
      }`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[that much be|is|was self-evident|evident|obvious|clear|plain]',
    category: 'assumption',
    suggestion: 'as we read it',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[be self - evident]',
    category: 'assumption',
    suggestion: 'is our reading',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[it would|could|must appear|seem ?that]',
    category: 'assumption',
    suggestion: m => initial(m, 'from what we saw'),
    why: WHY_CERTAIN,
  },
  {
    pattern:
      "[it be|was|is|'s ?quite|very|abundantly|perfectly|entirely|fairly|pretty|rather ?much clear|obvious|evident|apparent|transparent ?that]",
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
    when: m => {
      // "It is clear from the records that …" is evidence, not certainty.
      const next = m.tokens[m.to + 1];
      return (
        !next ||
        ![
          'from',
          'in',
          'on',
          'at',
          'for',
          'to',
          'how',
          'what',
          'which',
          'who',
          'when',
        ].includes(next.norm)
      );
    },
  },
  {
    pattern:
      '[despite ?repeated|numerous|several|many|countless|multiple reminders|warnings|requests|prompts|promises]',
    category: 'absolute',
    suggestion: 'after earlier conversations',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[in spite of ?repeated|numerous|several|many|countless|multiple reminders|warnings|requests|prompts|promises]',
    category: 'absolute',
    suggestion: 'after earlier conversations',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[meeting|review|release|week|month|quarter|sprint|audit|change|time after meeting|review|release|week|month|quarter|sprint|audit|change|time]',
    category: 'absolute',
    suggestion: 'on several occasions',
    why: WHY_HABIT,
    when: m => m.tokens[m.from].lemma === m.tokens[m.to].lemma,
  },
  {
    pattern:
      '[as at|in|on every prior|previous|past|earlier review|audit|visit|assessment]',
    category: 'absolute',
    suggestion: 'as in earlier reviews',
    why: WHY_HABIT,
  },
  {
    pattern: '[lose|lost|losing count of]',
    category: 'absolute',
    suggestion: 'seen several times',
    why: WHY_HABIT,
  },
  {
    pattern: '[whenever|anytime]',
    category: 'absolute',
    suggestion: 'when',
    why: WHY_HABIT,
    when: m =>
      m.from > m.sentenceStart ? negativeBefore(m) : negativeContext(m),
  },
  {
    pattern: '[every time]',
    category: 'absolute',
    suggestion: 'when',
    why: WHY_HABIT,
    when: m => negativeContext(m) && m.from > m.sentenceStart,
  },
  {
    pattern: '[be|is|it incumbent upon|on]',
    category: 'command',
    suggestion: 'is an opportunity for',
    why: WHY_COMMAND,
  },
  // "must be fixed immediately", "is expected … without delay".
  ...['[forthwith|immediately]', '[at once]', '[without delay]'].map(
    (pattern): ToneRule => ({
      pattern,
      category: 'command',
      suggestion: 'soon',
      why: WHY_COMMAND,
      when: afterDemand,
    }),
  ),
  {
    pattern: '[no further|more excuses]',
    category: 'command',
    suggestion: 'a clear next step',
    why: WHY_SHAME,
  },
  {
    pattern: '[i|we can|could @NOT believe]',
    category: 'command',
    suggestion: m => initial(m, 'I was surprised'),
    why: WHY_SHAME,
  },
  {
    pattern: '[embarrassed|ashamed|mortified for|of @P|the|your|their]',
    category: 'command',
    suggestion: 'concerned for',
    why: WHY_SHAME,
  },
  {
    pattern: '[@NOT fit for purpose]',
    category: 'verdict',
    suggestion: 'not yet fit for purpose',
    why: WHY_SWEEP,
  },
  {
    pattern: '[in every|all respect|respects|way|regard|sense]',
    category: 'absolute',
    suggestion: 'in several respects',
    why: WHY_ABSOLUTE,
    when: negativeContext,
  },
  {
    pattern: '[without ?real|any value|merit|substance|purpose|benefit]',
    category: 'verdict',
    suggestion: 'not yet adding the value it could',
    why: WHY_SWEEP,
  },
  {
    pattern: '[of no|little ?real value|merit|substance|purpose|benefit]',
    category: 'verdict',
    suggestion: 'not yet adding the value it could',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[a fiction|fantasy|myth|illusion|facade|façade|veneer|pretence|pretense]',
    category: 'verdict',
    suggestion: 'not yet practised as written',
    why: WHY_SWEEP,
  },
  {
    pattern: '[upside down]',
    category: 'verdict',
    suggestion: 'arranged differently from what works',
    why: WHY_SWEEP,
  },
  {
    pattern: '[back to front]',
    category: 'verdict',
    suggestion: 'arranged differently from what works',
    why: WHY_SWEEP,
  },
  {
    pattern: '[inside out]',
    category: 'verdict',
    suggestion: 'arranged differently from what works',
    why: WHY_SWEEP,
  },
  {
    pattern: '[tear|torn|tore up|apart]',
    category: 'verdict',
    suggestion: 'rethought',
    why: WHY_SWEEP,
  },
  {
    pattern: '[have|has|had collapse|collapsed|disintegrated|crumbled]',
    category: 'verdict',
    suggestion: 'has lost momentum',
    why: WHY_SWEEP,
  },
  {
    pattern: '[have|has|had fallen|fall apart]',
    category: 'verdict',
    suggestion: 'has lost momentum',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[nothing|little ~ worth keeping|preserving|saving|salvaging|keeping]',
    category: 'absolute',
    suggestion: 'little yet to build on',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[difficult|hard|impossible to find|identify|name a|one|any single]',
    category: 'absolute',
    suggestion: 'not easy to find many',
    why: WHY_SWEEP,
    when: negativeContext,
  },
  {
    pattern: '[a single aspect|part|element|area|thing|one]',
    category: 'absolute',
    suggestion: 'many parts',
    why: WHY_SWEEP,
    when: m =>
      /\b(?:difficult|hard|impossible|not|no|n't)\b/.test(
        m.text
          .slice(m.tokens[m.sentenceStart].start, m.tokens[m.from].start)
          .toLowerCase(),
      ),
  },
  {
    pattern: "[could|can ?not|n't be say|said to operate|work|function]",
    category: 'absolute',
    suggestion: 'do not yet',
    why: WHY_SWEEP,
  },
  {
    pattern: '[to speak of]',
    category: 'absolute',
    suggestion: 'yet',
    why: WHY_SWEEP,
  },
  {
    pattern: '[hold|holds|held up under ?any ?real scrutiny]',
    category: 'verdict',
    suggestion: 'are still being strengthened',
    why: WHY_SWEEP,
  },
  {
    pattern: '[none|nothing] @ANY',
    category: 'absolute',
    suggestion: 'not all of it',
    why: WHY_SWEEP,
    when: m =>
      laterInSentence(
        m,
        10,
        /^(?:rel[yi]|trust|worth|work|function|operate|hold|control|achieve|matter|help|meet)/,
      ),
  },
  {
    pattern: '[fly|flying|flew|flown blind]',
    category: 'verdict',
    suggestion: 'working without the information they need',
    why: WHY_VERDICT,
  },
  {
    pattern: '[breathe|breathing down @POSS ?neck|necks]',
    category: 'assumption',
    suggestion: 'under pressure',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[and you|they|he|she knew it]',
    category: 'assumption',
    suggestion: 'and the risk may have been known',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[hoard|hoards|hoarding|hoarded knowledge|information|access]',
    category: 'blame',
    suggestion: 'hold knowledge that others do not yet share',
    why: WHY_LABEL,
  },
  {
    pattern: '[box - ticker|tickers]',
    category: 'label',
    suggestion: 'someone focused on the checklist',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[undisciplined|unruly|feckless|slack|shiftless|lax bunch|lot|crowd|mob|outfit|team|group]',
    category: 'label',
    suggestion: 'team still building its habits',
    why: WHY_LABEL,
  },
  // Clefts that pass a verdict: "What the team lacks is any sense of
  // ownership", "What is missing here is basic discipline".
  {
    pattern: '[what ~ lack|lacks|lacked|lacking be|is|was|are]',
    category: 'label',
    suggestion: 'What the team is still building is',
    why: WHY_LABEL,
    when: m => m.from === m.sentenceStart,
  },
  {
    pattern: '[what be|is|was sorely|badly|clearly|obviously missing]',
    category: 'verdict',
    suggestion: 'What is still to come',
    why: WHY_VERDICT,
  },
];
