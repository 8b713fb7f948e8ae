import { isPersonWord } from '../tonePeople';
import { subjectBefore } from '../toneSubject';
import { PROCESS_NOUNS, wordList, wordSet } from '../toneLexicon';
import { valence, type ToneToken } from '../toneNlp';
import { beFor, haveFor, verbForm, type VerbForm } from '../toneMorphology';
import type { RuleMatch } from '../toneRules';

/**
 * Helpers shared by the pattern rules under `rules/`: rephrasings that agree
 * with the sentence, the subject tests and each kind's "why".
 *
 * @internal
 */

// ---------------------------------------------------------------------------
// Helpers for rephrasings that agree with the sentence

export function tok(m: RuleMatch, step: number): ToneToken | undefined {
  const i = m.at[step];
  return i >= 0 ? m.tokens[i] : undefined;
}

export function formAt(m: RuleMatch, step: number): VerbForm {
  const t = tok(m, step);
  return t ? verbForm(t) : 'base';
}

/** "has"/"have"/"had" agreeing with the auxiliary "does"/"do"/"did". */
export function haveLike(m: RuleMatch, step: number): string {
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
export function beLike(m: RuleMatch, step: number): string {
  const t = tok(m, step);
  const subject = subjectPlural(m);
  if (!t) return subject ? 'are' : 'is';
  if (['is', 'are', 'was', 'were', 'am'].includes(t.norm)) return t.norm;
  return beFor(verbForm(t), subject);
}

/** Whether the nearest noun or pronoun before the match is plural. */
export function subjectPlural(m: RuleMatch): boolean {
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
export function between(m: RuleMatch, a: number, b: number): string {
  if (b < a) return '';
  return m.text.slice(m.tokens[a].start, m.tokens[b].end);
}

/**
 * The rephrasing after an optional "have" (step 0): the same "have" and
 * `withHave`, or `without` where the writer used no "have".
 */
export function afterHave(
  m: RuleMatch,
  withHave: string,
  without: string,
): string {
  const have = tok(m, 0);
  return have ? `${have.norm} ${withHave}` : without;
}

/** "has shown little interest", with "in" where step `inAt` matched. */
export function shownLittleInterest(m: RuleMatch, inAt: number): string {
  return `${subjectPlural(m) ? 'have' : 'has'} shown little interest${
    tok(m, inAt) ? ' in' : ''
  }`;
}

/** The words given, with a space between each two, leaving out empty ones. */
export function joinWords(...words: string[]): string {
  return words.filter(Boolean).join(' ');
}

/** What "[do/be] not take ~ seriously" says is not taken seriously, if anything. */
export function takenSeriously(m: RuleMatch): string {
  return between(m, m.at[2] + 1, m.at[4] - 1);
}

/** "From what we saw" at the start of a sentence, set off by dashes inside it. */
export function aside(m: RuleMatch): string {
  return isInitial(m) ? 'From what we saw' : '— from what we saw —';
}

export function isInitial(m: RuleMatch): boolean {
  return (
    m.from === m.sentenceStart ||
    (m.from === m.sentenceStart + 1 &&
      m.tokens[m.sentenceStart].pos === 'PUNCT')
  );
}

export function initial(m: RuleMatch, phrase: string): string {
  return m.from === m.sentenceStart ||
    (m.from === m.sentenceStart + 1 &&
      m.tokens[m.sentenceStart].pos === 'PUNCT')
    ? phrase.charAt(0).toUpperCase() + phrase.slice(1)
    : phrase;
}

export const NEGATIVE_CONTEXT = wordSet(
  `not never no nothing nobody late missing miss slip empty wrong break fail skip forget ignore overdue delay blame
  fault mess error mistake outage copy bypass without after only retrospectively overrun overran lag undocumented
  unapproved unauthorised unauthorized stale outdated rush inconvenient optional suggestion
  compromise compromised despite outside unprepared ignored excuse excuses
  afterthought formality nuisance insult chore obstacle hurdle paperwork bureaucracy else excuse`,
);

/** A word that marks something as going wrong (by list or by valence). */
export function isNegative(t: ToneToken): boolean {
  return (
    NEGATIVE_CONTEXT.has(t.lemma) ||
    NEGATIVE_CONTEXT.has(t.norm) ||
    (t.pos !== 'PUNCT' && valence(t.lemma) < 0)
  );
}

/** The sentence holds some other negative marker. */
export function negativeContext(m: RuleMatch): boolean {
  for (let j = m.sentenceStart; j < m.tokens.length; j++) {
    const t = m.tokens[j];
    if (t.sentence !== m.tokens[m.from].sentence) break;
    if (j >= m.from && j <= m.to) continue;
    if (isNegative(t)) return true;
  }
  return false;
}

/** Any negative marker in the sentence of token `k`, other than `k` itself. */
export function sentenceNegative(
  tokens: readonly ToneToken[],
  k: number,
  blocked?: Uint8Array,
): boolean {
  const sentence = tokens[k].sentence;
  const negative = (j: number) =>
    !blocked?.[j] &&
    isNegative(tokens[j]) &&
    // "go/no-go", "no-blame": part of a name, not a negation.
    !(tokens[j].norm === 'no' && tokens[j + 1]?.text === '-');
  for (let j = k - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
    if (negative(j)) return true;
  }
  for (
    let j = k + 1;
    j < tokens.length && tokens[j].sentence === sentence;
    j++
  ) {
    if (negative(j)) return true;
  }
  return false;
}

/** A word of praise ("great", "helpful", "clear") in the sentence of `k`. */
export function sentencePositive(
  tokens: readonly ToneToken[],
  k: number,
): boolean {
  const sentence = tokens[k].sentence;
  return tokens.some(
    (t, j) =>
      j !== k &&
      t.sentence === sentence &&
      t.pos !== 'PUNCT' &&
      valence(t.lemma) > 0,
  );
}

/** A negative marker before the match, in its clause's sentence. */
export function negativeBefore(m: RuleMatch): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    if (!m.blocked?.[j] && isNegative(m.tokens[j])) return true;
  }
  return false;
}

/** A negative marker after the match, in the same sentence. */
export function negativeAfter(m: RuleMatch): boolean {
  const sentence = m.tokens[m.from].sentence;
  for (let j = m.to + 1; j < m.tokens.length; j++) {
    const t = m.tokens[j];
    if (t.sentence !== sentence) break;
    if (isNegative(t)) return true;
  }
  return false;
}

/** "a team that would rather …": the subject is the noun before these. */
const RELATIVES = new Set(['that', 'who', 'which']);

/** The subject is a person or team other than the writer ("I", "we"). */
const THIRD_PARTIES = [
  'he',
  'she',
  'they',
  'you',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'nobody',
  'everyone',
  'everybody',
  "y'all",
  'ye',
  'youse',
];

export function otherPeopleSubject(m: RuleMatch): boolean {
  const j = subjectBefore(m.tokens, m.from, m.sentenceStart);
  if (j >= 0) {
    const t = m.tokens[j];
    if (t.pos === 'PRON') return THIRD_PARTIES.includes(t.norm);
    if (isPersonWord(t)) return true;
  }
  return nearestPerson(m, THIRD_PARTIES);
}

/** "skip" in the form of the replaced "cut". */
export function inflectSkip(form: VerbForm, afterTo: boolean): string {
  if (form === 'third') return 'skips';
  if (form === 'ing') return 'skipping';
  if (form === 'base' && afterTo) return 'skip';
  return 'skipped';
}

export function isPersonAt(m: RuleMatch, i: number): boolean {
  const t = m.tokens[i];
  if (!t) return false;
  if (t.pos === 'PRON')
    return ['them', 'him', 'her', 'you', 'they'].includes(t.norm);
  return isPersonWord(t);
}

export function personSubject(m: RuleMatch): boolean {
  const j = subjectBefore(m.tokens, m.from, m.sentenceStart);
  if (j >= 0) {
    const t = m.tokens[j];
    if (t.pos === 'PRON') {
      return ['he', 'she', 'they', 'you', 'we', 'i'].includes(t.norm);
    }
    if (isPersonWord(t)) return true;
  }
  return nearestPerson(m, ['he', 'she', 'they', 'you', 'we', 'i']);
}

/** The nearest noun or pronoun before the match names people. */
function nearestPerson(m: RuleMatch, pronouns: readonly string[]): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    const t = m.tokens[j];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
    if (t.pos === 'PRON') {
      if (RELATIVES.has(t.norm)) continue;
      return pronouns.includes(t.norm);
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return isPersonWord(t);
  }
  return false;
}

export const NOT_AFTER_MODAL = (m: RuleMatch): boolean => {
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

export const WHY_ASSUME =
  'This guesses at motives or states a conclusion as certain; describe what was seen and heard.';
export const WHY_CERTAIN =
  'A certainty marker presents an interpretation as fact; say what you saw and let the team draw the conclusion.';
export const WHY_COMMAND =
  'Orders and rhetorical questions put people on the defensive; invite the team to choose a next step.';
export const WHY_SHAME =
  'Shaming makes people defend themselves rather than change; describe the gap and invite a step.';
export const WHY_HABIT =
  'Habitual blame turns some occasions into a trait; say how often you saw it.';
export const WHY_ABSOLUTE =
  'Overgeneralises; one counter-example undermines the whole observation.';
export const WHY_BLAME =
  'Points at people instead of the process, which invites defence rather than change.';
export const WHY_LABEL =
  "Describes someone's character or ability instead of what they did and what they are still building.";
export const WHY_SWEEP =
  'A sweeping verdict on a whole process; name the specific points you observed.';
export const WHY_VERDICT =
  'Judges the work instead of describing what was seen.';

// ---------------------------------------------------------------------------
// The rules

export const VERB_REPLACEMENTS: Record<string, string> = {
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

export const HABIT_BLAME = new Set(
  `break forget miss skip lose fail ignore bypass rush override overrule slip drop delay postpone cancel circumvent
  dodge avoid neglect cause crash blame complain moan whine overlook disregard flout abandon botch`.split(
    /\s+/,
  ),
);

export function processSubject(m: RuleMatch): boolean {
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
