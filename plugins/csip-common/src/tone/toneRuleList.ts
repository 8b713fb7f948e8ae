import { PERSON_NOUNS, PROCESS_NOUNS, wordList, wordSet } from './toneLexicon';
import type { ToneToken } from './toneNlp';
import {
  beFor,
  haveFor,
  inflect,
  negated,
  verbForm,
  type VerbForm,
} from './toneMorphology';
import type { RuleMatch, ToneRule } from './toneRules';

/**
 * The multi-word rules, written in the pattern language of
 * `tonePatterns.ts`. Words match by lemma, so "care" covers "cares",
 * "cared" and "caring", and "do @NOT" covers "don't", "doesn't", "did not".
 *
 * @internal
 */

// ---------------------------------------------------------------------------
// Helpers for rephrasings that agree with the sentence

function tok(m: RuleMatch, step: number): ToneToken | undefined {
  const i = m.at[step];
  return i >= 0 ? m.tokens[i] : undefined;
}

function formAt(m: RuleMatch, step: number): VerbForm {
  const t = tok(m, step);
  return t ? verbForm(t) : 'base';
}

/** "has"/"have"/"had" agreeing with the auxiliary "does"/"do"/"did". */
function haveLike(m: RuleMatch, step: number): string {
  const t = tok(m, step);
  if (!t) return 'have';
  if (t.norm === 'does' || t.norm === 'is' || t.norm === 'has') return 'has';
  if (
    t.norm === 'did' ||
    t.norm === 'was' ||
    t.norm === 'were' ||
    t.norm === 'had'
  ) {
    return 'had';
  }
  return haveFor(verbForm(t));
}

/** "is"/"are"/"was"/"were" agreeing with an auxiliary or verb. */
function beLike(m: RuleMatch, step: number): string {
  const t = tok(m, step);
  const subject = subjectPlural(m);
  if (!t) return subject ? 'are' : 'is';
  if (['is', 'are', 'was', 'were', 'am'].includes(t.norm)) return t.norm;
  return beFor(verbForm(t), subject);
}

/** Whether the nearest noun or pronoun before the match is plural. */
function subjectPlural(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    const t = m.tokens[j];
    if (t.pos === 'PRON') return ['they', 'we', 'you'].includes(t.norm);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      return t.norm !== t.lemma && t.norm.endsWith('s');
    }
  }
  return false;
}

/** The original text from token `a` to token `b`, inclusive. */
function between(m: RuleMatch, a: number, b: number): string {
  if (b < a) return '';
  return m.text.slice(m.tokens[a].start, m.tokens[b].end);
}

/**
 * The rephrasing after an optional "have" (step 0): the same "have" and
 * `withHave`, or `without` where the writer used no "have".
 */
function afterHave(m: RuleMatch, withHave: string, without: string): string {
  const have = tok(m, 0);
  return have ? `${have.norm} ${withHave}` : without;
}

/** "has shown little interest", with "in" where step `inAt` matched. */
function shownLittleInterest(m: RuleMatch, inAt: number): string {
  return `${subjectPlural(m) ? 'have' : 'has'} shown little interest${
    tok(m, inAt) ? ' in' : ''
  }`;
}

/** The words given, with a space between each two, leaving out empty ones. */
function joinWords(...words: string[]): string {
  return words.filter(Boolean).join(' ');
}

/** What "[do/be] not take ~ seriously" says is not taken seriously, if anything. */
function takenSeriously(m: RuleMatch): string {
  return between(m, m.at[2] + 1, m.at[4] - 1);
}

/** "From what we saw" at the start of a sentence, set off by dashes inside it. */
function aside(m: RuleMatch): string {
  return isInitial(m) ? 'From what we saw' : '— from what we saw —';
}

function isInitial(m: RuleMatch): boolean {
  return (
    m.from === m.sentenceStart ||
    (m.from === m.sentenceStart + 1 &&
      m.tokens[m.sentenceStart].pos === 'PUNCT')
  );
}

function initial(m: RuleMatch, phrase: string): string {
  return m.from === m.sentenceStart ||
    (m.from === m.sentenceStart + 1 &&
      m.tokens[m.sentenceStart].pos === 'PUNCT')
    ? phrase.charAt(0).toUpperCase() + phrase.slice(1)
    : phrase;
}

const NEGATIVE_CONTEXT = wordSet(
  `not never no nothing nobody late missing miss slip empty wrong break fail skip forget ignore overdue delay blame
  fault mess error mistake outage copy bypass`,
);

/** The sentence holds some other negative marker. */
function negativeContext(m: RuleMatch): boolean {
  for (let j = m.sentenceStart; j < m.tokens.length; j++) {
    const t = m.tokens[j];
    if (t.sentence !== m.tokens[m.from].sentence) break;
    if (j >= m.from && j <= m.to) continue;
    if (NEGATIVE_CONTEXT.has(t.lemma) || NEGATIVE_CONTEXT.has(t.norm)) {
      return true;
    }
  }
  return false;
}

/** "skip" in the form of the replaced "cut". */
function inflectSkip(form: VerbForm, afterTo: boolean): string {
  if (form === 'third') return 'skips';
  if (form === 'ing') return 'skipping';
  if (form === 'base' && afterTo) return 'skip';
  return 'skipped';
}

function isPersonAt(m: RuleMatch, i: number): boolean {
  const t = m.tokens[i];
  if (!t) return false;
  if (t.pos === 'PRON')
    return ['them', 'him', 'her', 'you', 'they'].includes(t.norm);
  return PERSON_NOUNS.has(t.lemma);
}

function personSubject(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    const t = m.tokens[j];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
    if (t.pos === 'PRON') {
      return ['he', 'she', 'they', 'you', 'we', 'i'].includes(t.norm);
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return PERSON_NOUNS.has(t.lemma);
  }
  return false;
}

const NOT_AFTER_MODAL = (m: RuleMatch): boolean => {
  const prev = m.tokens[m.from - 1];
  return !(
    prev &&
    m.from > m.sentenceStart &&
    wordList('can could may might will would should to what').includes(
      prev.norm,
    )
  );
};

// ---------------------------------------------------------------------------
// Why

const WHY_ASSUME =
  'This guesses at motives or states a conclusion as certain; describe what was seen and heard.';
const WHY_CERTAIN =
  'A certainty marker presents an interpretation as fact; say what you saw and let the team draw the conclusion.';
const WHY_COMMAND =
  'Orders and rhetorical questions put people on the defensive; invite the team to choose a next step.';
const WHY_SHAME =
  'Shaming makes people defend themselves rather than change; describe the gap and invite a step.';
const WHY_HABIT =
  'Habitual blame turns some occasions into a trait; say how often you saw it.';
const WHY_ABSOLUTE =
  'Overgeneralises; one counter-example undermines the whole observation.';
const WHY_BLAME =
  'Points at people instead of the process, which invites defence rather than change.';
const WHY_LABEL =
  "Describes someone's character or ability instead of what they did and what they are still building.";
const WHY_SWEEP =
  'A sweeping verdict on a whole process; name the specific points you observed.';
const WHY_VERDICT = 'Judges the work instead of describing what was seen.';

// ---------------------------------------------------------------------------
// The rules

const VERB_REPLACEMENTS: Record<string, string> = {
  steamroll: 'push past',
  steamroller: 'push past',
  bulldoze: 'push past',
  railroad: 'push',
  hijack: 'take over',
  derail: 'interrupt',
  sabotage: 'affect',
  undermine: 'work around',
  scapegoat: 'hold responsible',
  badmouth: 'criticise',
  micromanage: 'closely manage',
  stonewall: 'hold back on',
};

const HABIT_BLAME = new Set(
  `break forget miss skip lose fail ignore bypass rush override overrule slip drop delay postpone cancel circumvent
  dodge avoid neglect cause crash blame complain moan whine overlook disregard flout abandon botch`.split(
    /\s+/,
  ),
);

export const TONE_RULES: readonly ToneRule[] = [
  // Certainty and mind-reading ------------------------------------------
  {
    pattern:
      '[obviously|evidently|undoubtedly|unquestionably|indisputably|surely|plainly|predictably|unsurprisingly|undeniably|naturally]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => {
      const t = m.tokens[m.from];
      // "naturally" only as a sentence adverb.
      return t.norm !== 'naturally' || m.from === m.sentenceStart;
    },
  },
  {
    pattern: '[of course]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => {
      const prev = m.tokens[m.from - 1];
      return !(
        prev &&
        m.from > m.sentenceStart &&
        prev.pos !== 'PUNCT' &&
        prev.pos !== 'CCONJ'
      );
    },
  },
  {
    pattern: '[needless to say]',
    category: 'assumption',
    suggestion: m => initial(m, 'as we saw'),
    why: WHY_CERTAIN,
  },
  {
    pattern: '[without a|any doubt]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
  },
  {
    pattern: '[no doubt]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => m.tokens[m.from + 2]?.norm !== 'about',
  },
  {
    pattern: '[it be obvious|clear|evident|apparent|plain ?to ?see ?that]',
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
    when: m => {
      const next = m.tokens[m.to + 1];
      return !(
        next &&
        next.sentence === m.tokens[m.from].sentence &&
        wordList('from in on at for about to how who what which when').includes(
          next.norm,
        )
      );
    },
  },
  {
    pattern: '[do @NOT ?really ?even ?seem ?to care ?about|for|whether|if]',
    category: 'assumption',
    suggestion: m => {
      const last = tok(m, 7);
      const have = haveLike(m, 0);
      if (!last) return `${have} other priorities`;
      if (last.norm === 'whether' || last.norm === 'if') {
        return `${have} not yet checked ${last.norm}`;
      }
      return `${have} not yet prioritised`;
    },
    why: WHY_ASSUME,
    when: m => personSubject(m),
  },
  {
    pattern: '[can|could @NOT care less ?about]',
    category: 'assumption',
    suggestion: m => shownLittleInterest(m, 4),
    why: WHY_ASSUME,
  },
  {
    pattern: '[only|just|mainly|solely care about]',
    category: 'assumption',
    suggestion: m => `${inflect('focus', formAt(m, 1))} on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[do @NOT give a damn|toss|hoot|monkey ?about]',
    category: 'assumption',
    suggestion: m => `${haveLike(m, 0)} not yet prioritised`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[can|could @NOT be bother ?to|about|with]',
    category: 'assumption',
    suggestion: m => {
      const last = tok(m, 4);
      const have = subjectPlural(m) ? 'have' : 'has';
      if (last?.norm === 'to') return `${have} not yet found time to`;
      if (last) return `${have} not yet focused on`;
      return `${have} not yet found time`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[be @NOT ?really ?that bother ?about|with|by]',
    category: 'assumption',
    suggestion: m =>
      `${beLike(m, 0)} not yet focused${tok(m, 5) ? ' on' : ' on this'}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?even bother ?to]',
    category: 'assumption',
    suggestion: m => {
      const aux = tok(m, 0)!;
      const v = ['does', 'did'].includes(aux.norm) ? aux.norm : 'do';
      if (tok(m, 4)) return `${v} not yet`;
      const next = m.tokens[m.to + 1];
      return next && next.norm.endsWith('ing')
        ? `${v} not yet get to`
        : `${v} not yet get to it`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[be @NOT ?really ?that interested in]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} not yet focused on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[be only|just|solely|mainly interested in]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} focused on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no interest in|whatsoever]',
    category: 'assumption',
    suggestion: m =>
      afterHave(m, 'not yet shown interest in', 'little visible interest in'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?really ?even want ?to]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 5)
        ? `${haveLike(m, 0)} not yet chosen to`
        : `${haveLike(m, 0)} not yet asked for`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[just|only|simply want to]',
    category: 'assumption',
    suggestion: m => `${inflect('aim', formAt(m, 1))} to`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no intention of]',
    category: 'assumption',
    suggestion: m => afterHave(m, 'not yet planned on', 'no plan yet for'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?really value|respect]',
    category: 'assumption',
    suggestion: m =>
      `${haveLike(m, 0)} not yet ${
        tok(m, 3)?.lemma === 'respect' ? 'followed' : 'prioritised'
      }`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no respect for]',
    category: 'assumption',
    suggestion: m =>
      afterHave(m, 'not yet followed', 'little follow-through on'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT take ~ seriously]',
    category: 'assumption',
    suggestion: m =>
      joinWords(haveLike(m, 0), 'not yet prioritised', takenSeriously(m)),
    why: WHY_ASSUME,
  },
  {
    pattern: '[on purpose]',
    category: 'assumption',
    suggestion: 'that time',
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[deliberately|intentionally|wilfully|willfully|knowingly|purposely|purposefully|consciously|secretly]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_ASSUME,
  },
  {
    pattern: '[pretend ?to|that]',
    category: 'assumption',
    suggestion: m => {
      const link = tok(m, 1);
      if (link?.norm === 'to') return `${inflect('set', formAt(m, 0))} out to`;
      return `${inflect('say', formAt(m, 0))}${link ? ' that' : ''}`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[cover themselves|himself|herself|yourself|ourselves|yourselves]',
    category: 'assumption',
    suggestion: m =>
      formAt(m, 0) === 'ing'
        ? 'being cautious'
        : `${beLike(m, 0)} being cautious`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[go through the motion]',
    category: 'assumption',
    suggestion: m => `${inflect('follow', formAt(m, 0))} the steps`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[know perfectly|full|very well]',
    category: 'assumption',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} been told`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[hide behind]',
    category: 'assumption',
    suggestion: m => `${inflect('rely', formAt(m, 0))} on`,
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[hide|conceal] ~ problem|issue|mistake|error|failure|truth|number|fact|result|figure|data',
    category: 'assumption',
    suggestion: m => negated('share', formAt(m, 0), true),
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[would rather ignore|avoid]',
    category: 'assumption',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} not yet addressed`,
    why: WHY_ASSUME,
  },
  {
    pattern: 'treat ~ [as a suggestion|formality|joke]',
    category: 'assumption',
    suggestion: 'as guidance',
    why: WHY_ASSUME,
  },
  {
    pattern: 'treat ~ [as optional]',
    category: 'assumption',
    suggestion: 'as flexible',
    why: WHY_ASSUME,
  },
  {
    pattern: '[be optional here]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} not yet consistently done here`,
    why: WHY_ASSUME,
  },

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

  // Blame and loaded verbs ----------------------------------------------
  {
    pattern: '[cut ?every|a|few|some|many|any|the corner ?on]',
    category: 'blame',
    suggestion: m => {
      const form = formAt(m, 0);
      const verb = inflectSkip(form, m.tokens[m.from - 1]?.norm === 'to');
      return `${verb} some steps${tok(m, 3) ? ' in' : ''}`;
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[pass the buck ?to]',
    category: 'blame',
    suggestion: m =>
      `${inflect('hand', formAt(m, 0))} the issue over${
        tok(m, 3) ? ' to' : ''
      }`,
    why: WHY_BLAME,
  },
  {
    pattern: '[throw ~ under the bus]',
    category: 'blame',
    suggestion: m => {
      const under = m.at[2];
      return `${inflect('point', formAt(m, 0))} to ${between(
        m,
        m.at[0] + 1,
        under - 1,
      )}`;
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[point the finger ?at]',
    category: 'blame',
    suggestion: m =>
      `${inflect('look', formAt(m, 0))}${tok(m, 3) ? ' at' : ' for a cause'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[drop the ball ?on]',
    category: 'blame',
    suggestion: m =>
      negated(tok(m, 3) ? 'complete' : 'finish it', formAt(m, 0), true),
    why: WHY_BLAME,
  },
  {
    pattern: '[mess|screw|foul|stuff|muck|balls|cock up]',
    category: 'blame',
    suggestion: m => `${inflect('have', formAt(m, 0))} trouble with`,
    why: WHY_BLAME,
    when: m =>
      m.tokens[m.to + 1]?.pos !== 'PUNCT' && m.to + 1 < m.tokens.length,
  },
  {
    pattern: '[botch|bungle|fumble|flub|bodge] @DET|@N|@ADJ',
    category: 'blame',
    suggestion: m => `${inflect('have', formAt(m, 0))} trouble with`,
    why: WHY_BLAME,
    when: m => m.tokens[m.from - 1]?.lemma !== 'be',
  },
  {
    pattern: '[be botch|bungle|fumble|flub|bodge]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not carried out as planned`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[flop]',
    category: 'verdict',
    suggestion: m => negated('go as planned', formAt(m, 0)),
    why: WHY_VERDICT,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[go wrong]',
    category: 'verdict',
    suggestion: m => negated('go as planned', formAt(m, 0)),
    why: WHY_VERDICT,
    when: NOT_AFTER_MODAL,
  },
  {
    pattern: '[wave ~ through]',
    category: 'blame',
    suggestion: m => {
      const through = m.at[2];
      return `${inflect('approve', formAt(m, 0))} ${between(
        m,
        m.at[0] + 1,
        through - 1,
      )}`.trim();
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[rubber - stamp]',
    category: 'verdict',
    suggestion: m => `${inflect('approve', formAt(m, 2))} without discussion`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[rubber stamp|stamps|stamping|stamped]',
    category: 'verdict',
    suggestion: m =>
      m.tokens[m.from + 1].pos === 'VERB'
        ? `${inflect('approve', formAt(m, 1))} without discussion`
        : 'a formality',
    why: WHY_VERDICT,
    when: m => m.tokens[m.from - 1]?.norm !== 'a',
  },
  {
    pattern: '[sneak|snuck]',
    category: 'blame',
    suggestion: m => {
      const t = m.tokens[m.from];
      return t.norm === 'snuck' ? 'brought' : inflect('bring', verbForm(t));
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[get away with]',
    category: 'blame',
    suggestion: m => `${inflect('go', formAt(m, 0))} ahead with`,
    why: WHY_BLAME,
  },
  {
    pattern: '[whinge|whine|moan|gripe|grumble ?about]',
    category: 'label',
    suggestion: m =>
      `${inflect('raise', formAt(m, 0))} concerns${tok(m, 1) ? ' about' : ''}`,
    why: WHY_LABEL,
    when: m => m.tokens[m.from].pos === 'VERB' || !!tok(m, 1),
  },
  {
    pattern: '[blame] @DET|@N|@P|they|them',
    category: 'blame',
    suggestion: m => `${inflect('point', formAt(m, 0))} to`,
    why: WHY_BLAME,
    when: m =>
      m.tokens[m.from].pos === 'VERB' && m.tokens[m.from - 1]?.norm !== 'to',
  },
  {
    pattern: '[be blame for|by]',
    category: 'blame',
    suggestion: m =>
      `${beLike(m, 0)} linked ${tok(m, 2)?.norm === 'by' ? 'by' : 'to'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[the blame]',
    category: 'blame',
    suggestion: m => initial(m, 'the follow-up'),
    why: WHY_BLAME,
    when: m => m.tokens[m.from + 1].pos === 'NOUN',
  },
  {
    pattern: '[throw ~ together]',
    category: 'verdict',
    suggestion: m => {
      const t = m.tokens[m.from];
      const form = verbForm(t);
      const put = { third: 'puts', ing: 'putting', base: 'put', past: 'put' }[
        form
      ];
      const what = between(m, m.at[0] + 1, m.at[2] - 1);
      return `${put}${what ? ` ${what}` : ''} together quickly`;
    },
    why: WHY_VERDICT,
  },
  {
    pattern: '[with no|little|zero|scant thought|care|consideration|regard]',
    category: 'verdict',
    suggestion: 'quickly',
    why: WHY_VERDICT,
  },
  {
    pattern: '[riddled with]',
    category: 'verdict',
    suggestion: 'showing some',
    why: WHY_VERDICT,
  },
  {
    pattern: '[full of excuse]',
    category: 'label',
    suggestion: 'explaining the constraints',
    why: WHY_LABEL,
  },
  {
    pattern: '[full of mistake|error|hole|bug|typo|inaccuracy]',
    category: 'verdict',
    suggestion: m => `showing several ${m.tokens[m.to].text}`,
    why: WHY_VERDICT,
  },
  {
    pattern:
      '[?such basic|rookie|schoolboy|elementary|beginner mistake|error|blunder]',
    category: 'verdict',
    suggestion: m => {
      const noun = m.tokens[m.to];
      const plural = noun.norm !== noun.lemma;
      if (tok(m, 0)) return plural ? 'these slips' : 'this slip';
      return plural ? 'slips' : 'slip';
    },
    why: WHY_VERDICT,
  },

  {
    pattern: '[because of ?the @P|them|him|her|you]',
    category: 'blame',
    suggestion: 'and the team can look at why',
    why: WHY_BLAME,
    when: m => isPersonAt(m, m.to),
  },
  {
    pattern:
      '[manage to] break|lose|miss|forget|skip|crash|delete|wipe|corrupt|take|bring|ignore|overlook',
    category: 'blame',
    suggestion: m => (formAt(m, 0) === 'third' ? 'goes on to' : 'went on to'),
    why: WHY_SHAME,
    when: m => {
      const v = m.tokens[m.at[1]];
      return v.lemma !== 'take' && v.lemma !== 'bring'
        ? true
        : ['down', 'out'].includes(m.tokens[m.at[1] + 2]?.norm ?? '');
    },
  },
  {
    pattern: '[could|might ?at least have]',
    category: 'blame',
    suggestion: m => `${tok(m, 0)!.norm} have`,
    why: WHY_BLAME,
    when: m => !!tok(m, 1),
  },
  {
    pattern:
      '[should|ought ?to ?have know|learn|understand|realise|realize ?this by now]',
    category: 'command',
    suggestion: m => `might benefit from a reminder${tok(m, 4) ? '' : ''}`,
    why: WHY_SHAME,
  },
  {
    pattern: '[should|must|ought ?to ?be do better]',
    category: 'command',
    suggestion: 'have room to grow',
    why: WHY_SHAME,
  },
  {
    pattern: '[?have a habit of] @VING',
    category: 'absolute',
    suggestion: m =>
      tok(m, 0) ? `${tok(m, 0)!.norm} at times been` : 'at times',
    why: WHY_HABIT,
    when: m => HABIT_BLAME.has(m.tokens[m.at[m.at.length - 1]].lemma),
  },
  {
    pattern: '[refuse to]',
    category: 'label',
    suggestion: m => {
      const form = formAt(m, 0);
      if (form === 'past') return 'did not agree to';
      if (form === 'ing') return 'not agreeing to';
      return `${form === 'third' ? 'has' : 'have'} not yet agreed to`;
    },
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[will|would|do @NOT ?even listen ?to]',
    category: 'label',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} not yet taken up`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[over the wall]',
    category: 'blame',
    suggestion: 'without a handover',
    why: WHY_BLAME,
  },
  {
    pattern: '[kick the can ?down ?the ?road]',
    category: 'blame',
    suggestion: m => `${inflect('postpone', formAt(m, 0))} the decision`,
    why: WHY_BLAME,
  },
  {
    pattern: '[bury @POSS head|heads in the sand]',
    category: 'label',
    suggestion: m => negated('address it', formAt(m, 0), true),
    why: WHY_LABEL,
  },
  {
    pattern: '[turn a blind eye ?to]',
    category: 'blame',
    suggestion: m =>
      `${negated('address', formAt(m, 0), true)}${tok(m, 4) ? '' : ' it'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[just|only|merely|simply tick ?the box|boxes]',
    category: 'assumption',
    suggestion: m => `${inflect('complete', formAt(m, 1))} the form`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[pay lip service ?to]',
    category: 'assumption',
    suggestion: m => `${negated('act on', formAt(m, 0), true)}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[drag @POSS foot|feet]',
    category: 'blame',
    suggestion: m => `${inflect('take', formAt(m, 0))} more time`,
    why: WHY_BLAME,
  },
  {
    pattern: '[sit on @POSS hand|hands]',
    category: 'blame',
    suggestion: m => inflect('wait', formAt(m, 0)),
    why: WHY_BLAME,
  },
  {
    pattern: '[@NOT pull @POSS weight]',
    category: 'label',
    suggestion: 'stretched',
    why: WHY_LABEL,
  },
  {
    pattern: "[for god|goodness|heaven|pete|christ 's sake]",
    category: 'command',
    suggestion: m => initial(m, 'please'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[do @NOT get it]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning this`,
    why: WHY_LABEL,
    when: m => personSubject(m) && m.tokens[m.to + 1]?.pos !== 'VERB',
  },
  {
    pattern: '[no|little|zero|scant regard for]',
    category: 'label',
    suggestion: 'limited attention to',
    why: WHY_LABEL,
  },
  {
    pattern: '[?complete|total|utter|blatant|flagrant disregard for]',
    category: 'label',
    suggestion: 'limited attention to',
    why: WHY_LABEL,
    when: m => m.tokens[m.at[1]].pos === 'NOUN' || !!tok(m, 0),
  },
  {
    pattern:
      '[complete|total|utter|absolute|glaring|shocking|woeful|worrying|staggering lack of]',
    category: 'absolute',
    suggestion: 'limited',
    why: WHY_ABSOLUTE,
  },
  {
    pattern:
      '[no|zero ?sense ?of discipline|accountability|ownership|professionalism|respect|initiative|urgency|rigour|rigor|common|backbone|competence|clue|responsibility|direction|pride]',
    category: 'label',
    suggestion: m => {
      const trait = m.tokens[m.to].text;
      return tok(m, 1) ? `a limited sense of ${trait}` : `limited ${trait}`;
    },
    why: WHY_LABEL,
  },
  {
    pattern: '[do|can @NOT even]',
    category: 'command',
    suggestion: m => {
      const aux = m.tokens[m.from];
      if (aux.lemma === 'can')
        return aux.norm === 'could' ? 'could not yet' : 'cannot yet';
      return `${aux.norm} not yet`;
    },
    why: WHY_SHAME,
    when: m => m.tokens[m.to + 1]?.lemma !== 'bother',
  },
  {
    pattern: '[fall|fell short]',
    category: 'verdict',
    suggestion: m =>
      formAt(m, 0) === 'past'
        ? 'was not yet at the level'
        : 'is not yet at the level',
    why: WHY_VERDICT,
    when: m => m.tokens[m.to + 1]?.norm !== 'of' || true,
  },
  {
    pattern: '[below par|standard|expectations|expectation]',
    category: 'verdict',
    suggestion: 'not yet at the target level',
    why: WHY_VERDICT,
  },
  {
    pattern: '[stink|stinks|stank|suck|sucks|sucked]',
    category: 'verdict',
    suggestion: m =>
      `${beFor(formAt(m, 0), subjectPlural(m))} in need of attention`,
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.from].pos === 'VERB' || m.tokens[m.from].pos === 'NOUN',
  },

  {
    pattern: '[without any|much|a|due thought|care|consideration]',
    category: 'verdict',
    suggestion: 'quickly',
    why: WHY_VERDICT,
  },
  {
    pattern: '[in denial ?about|over]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 2) ? 'not yet addressing' : 'not yet addressing it',
    why: WHY_ASSUME,
  },
  {
    pattern: '[can|could @NOT be less interested|bothered ?in|about]',
    category: 'assumption',
    suggestion: m => shownLittleInterest(m, 5),
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[think|believe|feel|reckon ?that @P|they|he|she|it know better ?than]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 5) ? 'may see it differently from' : 'may see it differently',
    why: WHY_ASSUME,
  },
  {
    pattern: '[make excuse|excuses]',
    category: 'label',
    suggestion: m => `${inflect('explain', formAt(m, 0))} the constraints`,
    why: WHY_LABEL,
  },
  {
    pattern: '[stuck in the past]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[set in @POSS way|ways]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[?have check out]',
    category: 'label',
    suggestion: m =>
      afterHave(m, 'stepped back', `${inflect('step', formAt(m, 1))} back`),
    why: WHY_LABEL,
    when: m =>
      personSubject(m) && (m.tokens[m.to + 1]?.pos ?? 'PUNCT') === 'PUNCT',
  },
  {
    pattern:
      '[constant|perpetual|endless|incessant|continual|never-ending] firefight|firefighting|chaos|delay|excuse|complaint|mistake|error|failure|crisis|panic|drama|rework|struggle|battle|interruption|escalation|confusion|fire',
    category: 'absolute',
    suggestion: 'frequent',
    why: WHY_HABIT,
  },
  {
    pattern: '[every time] @P|they|he|she|something|it',
    category: 'absolute',
    suggestion: m => initial(m, 'often when'),
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern: '[all too often|frequently|common|commonly]',
    category: 'absolute',
    suggestion: m => initial(m, 'at times'),
    why: WHY_HABIT,
  },
  {
    pattern: '[as expected]',
    category: 'absolute',
    suggestion: m => initial(m, 'as in other changes'),
    why: WHY_HABIT,
    when: m => m.from === m.sentenceStart && negativeContext(m),
  },
  {
    pattern: '[no end of]',
    category: 'absolute',
    suggestion: 'a number of',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[under no circumstances]',
    category: 'command',
    suggestion: m => initial(m, 'as a rule, avoid cases where'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[i|we want|expect to see]',
    category: 'command',
    suggestion: m => initial(m, 'it would help to see'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[sort it out]',
    category: 'command',
    suggestion: m => initial(m, 'look into it'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[beggar|beggars belief]',
    category: 'command',
    suggestion: m =>
      `${formAt(m, 0) === 'past' ? 'surprised' : 'surprises'} us`,
    why: WHY_SHAME,
  },
  {
    pattern: '[do @NOT see the point ?of|in]',
    category: 'assumption',
    suggestion: m =>
      `${haveLike(m, 0)} not yet seen the value${
        tok(m, 5) ? ` ${m.tokens[m.to].norm}` : ''
      }`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[avoid accountability|responsibility|blame|work|scrutiny]',
    category: 'assumption',
    suggestion: m =>
      `${inflect('step', formAt(m, 0))} back from ${m.tokens[m.to].text}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[cover @POSS back|backs|backside|backsides|arse|arses|ass|butt]',
    category: 'assumption',
    suggestion: m => `${inflect('protect', formAt(m, 0))} themselves`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[resent|hate|despise|loathe|detest]',
    category: 'assumption',
    suggestion: m => `${inflect('have', formAt(m, 0))} concerns about`,
    why: WHY_ASSUME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[care more about]',
    category: 'assumption',
    suggestion: m => `${inflect('focus', formAt(m, 0))} more on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[pay no|little attention to]',
    category: 'blame',
    suggestion: m => negated('focus on', formAt(m, 0), true),
    why: WHY_BLAME,
  },
  {
    pattern: '[sweep|brush ~ under the carpet|rug]',
    category: 'blame',
    suggestion: m =>
      `${negated('surface', formAt(m, 0), true)} ${between(
        m,
        m.at[0] + 1,
        m.at[2] - 1,
      )}`.trim(),
    why: WHY_BLAME,
  },
  {
    pattern: '[cover up]',
    category: 'blame',
    suggestion: m => negated('share', formAt(m, 0), true),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[wing it]',
    category: 'verdict',
    suggestion: m => `${inflect('improvise', formAt(m, 0))}`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[play fast and loose with]',
    category: 'blame',
    suggestion: m => `${inflect('take', formAt(m, 0))} shortcuts with`,
    why: WHY_BLAME,
  },
  {
    pattern: '[shoot from the hip]',
    category: 'verdict',
    suggestion: m => `${inflect('decide', formAt(m, 0))} quickly`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[fly by the seat of @POSS pant|pants]',
    category: 'verdict',
    suggestion: m => inflect('improvise', formAt(m, 0)),
    why: WHY_VERDICT,
  },
  {
    pattern: '[out of touch ?with]',
    category: 'label',
    suggestion: m =>
      tok(m, 3) ? 'not yet close to' : 'not yet close to the detail',
    why: WHY_LABEL,
  },
  {
    pattern: '[behind the time|times]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[@NOT ?a team player|players]',
    category: 'label',
    suggestion: m =>
      m.tokens[m.to].norm.endsWith('s')
        ? 'still finding their place in the team'
        : 'still finding their place in the team',
    why: WHY_LABEL,
  },
  {
    pattern: '[have no business]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} not yet set up for`,
    why: WHY_LABEL,
  },
  {
    pattern: '[@NOT cut out for]',
    category: 'label',
    suggestion: 'still growing into',
    why: WHY_LABEL,
  },
  {
    pattern: '[out of @POSS league|element]',
    category: 'label',
    suggestion: 'new to this',
    why: WHY_LABEL,
  },
  {
    pattern: '[in over @POSS head]',
    category: 'label',
    suggestion: 'new to this',
    why: WHY_LABEL,
  },
  {
    pattern: '[lose the plot]',
    category: 'label',
    suggestion: m => `${inflect('lose', formAt(m, 0))} focus`,
    why: WHY_LABEL,
  },
  {
    pattern: '[dead in the water]',
    category: 'verdict',
    suggestion: 'stalled',
    why: WHY_SWEEP,
  },
  {
    pattern: '[go nowhere]',
    category: 'verdict',
    suggestion: m => negated('move forward yet', formAt(m, 0)),
    why: WHY_SWEEP,
  },
  {
    pattern: '[on life support]',
    category: 'verdict',
    suggestion: 'in need of renewed support',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[steamroll|steamroller|bulldoze|railroad|hijack|derail|sabotage|undermine|scapegoat|badmouth|micromanage|stonewall]',
    category: 'blame',
    suggestion: m => {
      const verb = VERB_REPLACEMENTS[m.tokens[m.from].lemma] ?? 'work around';
      return inflect(verb, formAt(m, 0));
    },
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[dump] ~ [on]',
    category: 'blame',
    suggestion: m =>
      `${inflect('hand', formAt(m, 0))} ${between(
        m,
        m.at[0] + 1,
        m.at[2] - 1,
      )} over to`,
    why: WHY_BLAME,
    when: personSubject,
  },
  {
    pattern: '[fudge|fake|doctor|fiddle] @DET|@N|@POSS|the',
    category: 'blame',
    suggestion: m => inflect('adjust', formAt(m, 0)),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[shirk|dodge|duck|skive|evade]',
    category: 'blame',
    suggestion: m => inflect('postpone', formAt(m, 0)),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[slack off]',
    category: 'label',
    suggestion: m => inflect('slow down', formAt(m, 0)),
    why: WHY_LABEL,
  },

  {
    pattern: '[do @NOT have a|any|the ?slight|faint|foggy clue|idea]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning`,
    why: WHY_LABEL,
  },
  {
    pattern: '[be @NOT take ~ seriously]',
    category: 'assumption',
    suggestion: m =>
      joinWords(beLike(m, 0), 'not yet prioritising', takenSeriously(m)),
    why: WHY_ASSUME,
  },
  {
    pattern: '[be make up]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} estimated`,
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.to + 1]?.norm !== 'of' && m.tokens[m.to + 1]?.norm !== 'for',
  },
  {
    pattern:
      'treat ~ [like|as @POSS|a|an ?personal ?own playground|sandbox|toy|suggestion|formality|joke|afterthought|optional|nuisance|chore]',
    category: 'assumption',
    suggestion: 'as flexible',
    why: WHY_ASSUME,
  },
  {
    pattern: '[typical of] ?this|the|that|these|those|them|@P',
    category: 'absolute',
    suggestion: m => initial(m, 'as seen before in'),
    why: WHY_HABIT,
  },
  {
    pattern:
      '[do whatever @P|they|he|she|we|it want|wants|like|likes|please|pleases]',
    category: 'assumption',
    suggestion: m => `${inflect('follow', formAt(m, 0))} their own approach`,
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[it be amazing|astonishing|incredible|surprising|a miracle|a wonder ?that] anything|anyone|anybody|everything',
    category: 'command',
    suggestion: m => initial(m, 'it is notable that'),
    why: WHY_SHAME,
  },
  {
    pattern: '[allergic to]',
    category: 'label',
    suggestion: 'not yet drawn to',
    why: WHY_LABEL,
  },
  {
    pattern: '[at fault]',
    category: 'blame',
    suggestion: 'involved',
    why: WHY_BLAME,
  },
  {
    pattern:
      "@POSS|'s [mistake|mistakes|fault|faults|error|errors|blunder|blunders|screw-up|slip-up]",
    category: 'blame',
    suggestion: m =>
      m.tokens[m.to].norm.endsWith('s') ? 'learning points' : 'learning point',
    why: WHY_BLAME,
    when: m => {
      const owner = m.tokens[m.from - 1];
      if (owner.norm === "'s") return isPersonAt(m, m.from - 2);
      return ['their', 'his', 'her', 'your'].includes(owner.norm);
    },
  },
  {
    pattern:
      '[a|the ?complete|total|general|basic lack of] discipline|professionalism|ownership|accountability|care|competence|urgency|respect|rigour|rigor|commitment|interest|effort|judgement|judgment|cooperation|attention',
    category: 'label',
    suggestion: 'limited',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[lack of] discipline|professionalism|ownership|accountability|care|competence|urgency|respect|rigour|rigor|commitment|interest|effort|judgement|judgment|cooperation',
    category: 'label',
    suggestion: 'limited',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[resist|resists|resisted|resisting] any|every|all|change|changes|improvement|improvements',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} cautious about`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[a law unto @POSS|themselves|himself|herself|itself]',
    category: 'label',
    suggestion: 'working to their own rules',
    why: WHY_LABEL,
  },
  {
    pattern: '[@POSS own worst enemy]',
    category: 'label',
    suggestion: 'making things harder for itself',
    why: WHY_LABEL,
  },

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

  // Sweeping verdicts about a whole process ------------------------------
  {
    pattern: '[do @NOT ?really ?actually work|function]',
    category: 'verdict',
    suggestion: m => `${tok(m, 0)!.norm} not yet work as intended`,
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[be @NOT ?really work|functioning]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet working as intended`,
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[add|bring|provide no value]',
    category: 'verdict',
    suggestion: m =>
      `${negated(tok(m, 0)!.lemma, formAt(m, 0), true)} the value it could`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[serve no purpose]',
    category: 'verdict',
    suggestion: m => `${negated('serve', formAt(m, 0), true)} its purpose`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[make no sense]',
    category: 'verdict',
    suggestion: m => `${beFor(formAt(m, 0), subjectPlural(m))} not yet clear`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[?only exist only|just|purely ?on paper]',
    category: 'verdict',
    suggestion: m =>
      `${beFor(formAt(m, 1), subjectPlural(m))} not yet practised`,
    why: WHY_SWEEP,
    when: m => !!tok(m, 4) || !!tok(m, 0),
  },
  {
    pattern: '[?have collapse]',
    category: 'verdict',
    suggestion: m =>
      afterHave(
        m,
        'lost momentum',
        `${inflect('lose', formAt(m, 1))} momentum`,
      ),
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[beyond repair|saving|help|hope|redemption]',
    category: 'verdict',
    suggestion: 'in need of a fresh approach',
    why: WHY_SWEEP,
  },
  {
    pattern: '[rotten to the core]',
    category: 'verdict',
    suggestion: 'in need of a fresh approach',
    why: WHY_SWEEP,
  },
  {
    pattern: '[out of control]',
    category: 'verdict',
    suggestion: 'not yet under control',
    why: WHY_SWEEP,
  },
  {
    pattern: '[unfit for purpose]',
    category: 'verdict',
    suggestion: 'not yet fit for purpose',
    why: WHY_SWEEP,
  },
  {
    pattern: '[be @NOT fit for purpose]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet fit for purpose`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[be @NOT worth the paper ?it ?be ?write ?on]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet used in practice`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[a|the step backwards|backward]',
    category: 'verdict',
    suggestion: 'a change the team is still adjusting to',
    why: WHY_VERDICT,
  },
];

function processSubject(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    const t = m.tokens[j];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
    if (t.pos === 'PRON') return t.norm === 'it' || t.norm === 'this';
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // "the approval process in this organisation": skip the PP.
      if (PROCESS_NOUNS.has(t.lemma) || PROCESS_NOUNS.has(t.norm)) return true;
      let b = j;
      while (
        b - 1 >= m.sentenceStart &&
        ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(m.tokens[b - 1].pos)
      )
        b--;
      if (b - 1 >= m.sentenceStart && m.tokens[b - 1].pos === 'ADP') {
        j = b - 1;
        continue;
      }
      return false;
    }
  }
  return false;
}
