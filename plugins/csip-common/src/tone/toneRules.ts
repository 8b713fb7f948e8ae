import { sentenceNegative } from './rules/ruleHelpers';
import { isPersonWord } from './tonePeople';
import { subjectBefore } from './toneSubject';
import { valenceEntry } from './toneValence';
import { analyse, type ToneAnalysis, type ToneToken } from './toneNlp';
import {
  COPULAS,
  EVALUATIVE_ADJECTIVES,
  EVALUATIVE_NOUN_PHRASES,
  EVALUATIVE_NOUNS,
  JUDGING_ADVERBS,
  POSITIVE_QUALITIES,
  PROCESS_NOUNS,
  type NounEntry,
  wordList,
  wordSet,
} from './toneLexicon';
import {
  negated,
  participle,
  pastTense,
  presentParticiple,
  verbForm,
} from './toneMorphology';
import {
  compilePattern,
  firstWords,
  isNegation,
  isParticiple,
  isVerbIng,
  matchAt,
  type ClassTest,
  type CompiledPattern,
} from './tonePatterns';
import type { ToneCategory } from './toneSchema';
import { TONE_RULES } from './toneRuleList';

/**
 * One possible finding: a span of tokens, what it is and how to rephrase it.
 * `priority` breaks ties between spans of the same length: lower wins.
 *
 * @internal
 */
export type Candidate = {
  start: number;
  end: number;
  category: ToneCategory;
  suggestion: string;
  why: string;
  priority: number;
};

/** What a pattern rule's suggestion function sees. @internal */
export type RuleMatch = {
  tokens: readonly ToneToken[];
  /** Token index of each step, -1 for a skipped optional step. */
  at: number[];
  /** First and last token of the reported span. */
  from: number;
  to: number;
  /** First token of the sentence. */
  sentenceStart: number;
  text: string;
  /** Tokens inside allow-listed terms ("failed change"). */
  blocked?: Uint8Array;
};

/** A multi-word rule. @internal */
export type ToneRule = {
  pattern: string;
  category: ToneCategory;
  suggestion: string | ((m: RuleMatch) => string);
  why: string;
  /** Extra condition on the match. */
  when?: (m: RuleMatch) => boolean;
};

// ---------------------------------------------------------------------------
// Token helpers

/** Adverbs of degree ("very", "deeply"): they intensify an adjective. */
const DEGREE_ADVERBS = `very really so extremely incredibly truly downright frankly pretty quite rather
  just simply plain thoroughly deeply fundamentally seriously painfully basically essentially effectively practically
  largely mostly`;

/** Adverbs that may sit between a copula and its adjective. */
const INTENSIFIERS = wordSet(
  `${DEGREE_ADVERBS} too honestly still now often always never also all sometimes clearly obviously`,
);

/** Intensifiers absorbed into an adjective's span (not the absolutes). */
const ABSORBED = wordSet(`${DEGREE_ADVERBS} utterly`);

const NOUN_POS = new Set(['NOUN', 'PROPN', 'PRON']);

export function isPersonToken(t: ToneToken | undefined): boolean {
  return isPersonWord(t);
}

export function isProcessToken(t: ToneToken | undefined): boolean {
  return !!t && (PROCESS_NOUNS.has(t.lemma) || PROCESS_NOUNS.has(t.norm));
}

export function isPlural(t: ToneToken | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PRON') {
    return ['they', 'we', 'you', 'them'].includes(t.norm);
  }
  return t.norm !== t.lemma && t.norm.endsWith('s');
}

/** Words besides the intensifiers that may stand between a copula and its predicate. */
const BETWEEN_COPULA_AND_PREDICATE = wordSet(
  'not utterly totally completely entirely wholly wildly',
);

/** Index of the copula before the predicate at `k`, or -1. */
function copulaBefore(
  tokens: readonly ToneToken[],
  k: number,
  sentenceStart: number,
): number {
  for (let j = k - 1; j >= sentenceStart; j--) {
    const t = tokens[j];
    if (COPULAS.has(t.lemma) && (t.pos === 'AUX' || t.pos === 'VERB')) {
      return j;
    }
    // "is, frankly, bizarre", "is, to be generous, rudimentary": skip an
    // aside between commas.
    if (t.text === ',') {
      let open = j - 1;
      while (
        open >= sentenceStart &&
        open >= j - 5 &&
        tokens[open].text !== ','
      ) {
        open--;
      }
      if (open >= sentenceStart && tokens[open].text === ',' && open < j - 1) {
        j = open;
        continue;
      }
      return -1;
    }
    if (
      !INTENSIFIERS.has(t.norm) &&
      !BETWEEN_COPULA_AND_PREDICATE.has(t.norm) &&
      !JUDGING_ADVERBS.has(t.norm)
    ) {
      return -1;
    }
  }
  return -1;
}

/** A negation within the three words before `k`, in the same clause. */
function negatedBefore(
  tokens: readonly ToneToken[],
  k: number,
  sentenceStart: number,
): boolean {
  for (let j = k - 1; j >= sentenceStart && j >= k - 3; j--) {
    const t = tokens[j];
    if (isNegation(t) || t.norm === 'no') return true;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || NOUN_POS.has(t.pos)) {
      return false;
    }
  }
  return false;
}

function hasYetNear(
  tokens: readonly ToneToken[],
  from: number,
  to: number,
): boolean {
  for (let j = Math.max(0, from); j <= to && j < tokens.length; j++) {
    if (tokens[j].norm === 'yet') return true;
  }
  return false;
}

function isComparative(t: ToneToken): boolean {
  return (
    t.norm !== t.lemma &&
    (t.norm.endsWith('er') || t.norm === 'worse' || t.norm === 'less')
  );
}

/** "a"/"an" for a following phrase. */
function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) && !/^(uni|use|one|eu)/i.test(phrase)
    ? 'an'
    : 'a';
}

// ---------------------------------------------------------------------------
// Rules

type Emit = (
  from: number,
  to: number,
  category: ToneCategory,
  suggestion: string,
  why: string,
) => void;

type Sentence = {
  tokens: readonly ToneToken[];
  s0: number;
  s1: number;
  blocked: Uint8Array;
  text: string;
};

/**
 * Hyphenated words ("half-baked", "know-it-all") are split by the
 * tokenizer: the keys for the words joined by hyphens from `k`, longest
 * first, with the index of their last token.
 */
function compounds(
  tokens: readonly ToneToken[],
  k: number,
  s1: number,
): Array<{ keys: string[]; last: number }> {
  const found: Array<{ keys: string[]; last: number }> = [];
  let norm = tokens[k].norm;
  let lemma = tokens[k].norm;
  let j = k;
  while (
    j + 2 < s1 &&
    tokens[j + 1].text === '-' &&
    tokens[j].end === tokens[j + 1].start &&
    tokens[j + 1].end === tokens[j + 2].start
  ) {
    norm = `${norm}-${tokens[j + 2].norm}`;
    lemma = `${lemma}-${tokens[j + 2].lemma}`;
    j += 2;
    found.unshift({ keys: [norm, lemma], last: j });
  }
  return found;
}

function lookup<T>(
  map: ReadonlyMap<string, T>,
  tokens: readonly ToneToken[],
  k: number,
  s1: number,
): { entry: T; last: number } | undefined {
  if (k + 1 < s1 && tokens[k + 1].text === '-') {
    for (const { keys, last } of compounds(tokens, k, s1)) {
      for (const key of keys) {
        const entry = map.get(key);
        if (entry) return { entry, last };
      }
    }
  }
  const t = tokens[k];
  const entry = map.get(t.norm) ?? map.get(t.lemma);
  return entry ? { entry, last: k } : undefined;
}

/**
 * The lexicon entry that starts at token `k`, unless `k` only continues a
 * hyphenated word ("self-" + "important" is not "important").
 */
function lookupWord<T>(
  map: ReadonlyMap<string, T>,
  s: Sentence,
  k: number,
): { entry: T; last: number } | undefined {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (
    k > s0 &&
    tokens[k - 1].text === '-' &&
    tokens[k - 1].start === t.start - 1
  ) {
    return undefined;
  }
  return lookup(map, tokens, k, s1);
}

/** Evaluative adjectives, in predicative or attributive position. */
function adjectiveRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  const found =
    lookupWord(EVALUATIVE_ADJECTIVES, s, k) ?? valenceEntry(tokens, k, s0, s1);
  if (!found) return;
  const { entry, last } = found;
  if (last === k) {
    if (t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'DET') return;
    if (t.pos === 'NOUN' && EVALUATIVE_NOUNS.has(t.lemma)) return;
    if (isComparative(t)) return;
  }
  if (negatedBefore(tokens, k, s0)) return;

  const next = last + 1 < s1 ? tokens[last + 1] : undefined;
  const copula = copulaBefore(tokens, k, s0);
  const attributive =
    copula < 0 &&
    !!next &&
    (next.pos === 'NOUN' ||
      next.pos === 'PROPN' ||
      (next.pos === 'ADJ' &&
        last + 2 < s1 &&
        (tokens[last + 2].pos === 'NOUN' || tokens[last + 2].pos === 'PROPN')));
  if (
    entry.predicativeOnly &&
    copula < 0 &&
    !(k - 1 >= s0 && isPersonToken(tokens[k - 1]) && !attributive)
  ) {
    return;
  }
  if (
    attributive &&
    entry.attributiveNouns &&
    !entry.attributiveNouns.has(next!.lemma)
  ) {
    return;
  }

  let subject: ToneToken | undefined;
  // "I found the change coordinator evasive": said of the person before it.
  const complementOf =
    copula < 0 && !attributive && k - 1 >= s0 && isPersonToken(tokens[k - 1])
      ? tokens[k - 1]
      : undefined;
  if (complementOf) {
    subject = complementOf;
  } else if (copula >= 0) {
    const j = subjectBefore(tokens, copula, s0);
    subject = j >= 0 ? tokens[j] : undefined;
  } else if (attributive) {
    let h = last + 1;
    while (h + 1 < s1 && tokens[h + 1].pos === 'NOUN') h++;
    subject = tokens[h];
  }
  const person = isPersonToken(subject);
  if (entry.peopleOnly && !person) return;
  if (entry.processOnly && !isProcessToken(subject) && !person) return;

  let from = k;
  while (from - 1 >= s0 && ABSORBED.has(tokens[from - 1].norm)) from--;
  while (from - 1 >= s0 && JUDGING_ADVERBS.has(tokens[from - 1].norm)) from--;

  let suggestion: string;
  if (person) {
    suggestion = entry.person ?? entry.predicative;
  } else if (attributive) {
    suggestion = entry.attributive;
  } else {
    suggestion = entry.predicative;
  }
  if (
    attributive &&
    from - 1 >= s0 &&
    (tokens[from - 1].norm === 'a' || tokens[from - 1].norm === 'an')
  ) {
    from--;
    suggestion = `${article(suggestion)} ${suggestion}`;
  }
  const category: ToneCategory =
    person && entry.category === 'verdict' && !entry.keepCategory
      ? 'label'
      : entry.category;
  emit(from, last, category, suggestion, entry.why);
}

/** "woefully thin", "badly handled": a judging adverb on its own. */
function adverbRule(s: Sentence, k: number, emit: Emit): void {
  const t = s.tokens[k];
  const suggestion = JUDGING_ADVERBS.get(t.norm);
  if (!suggestion) return;
  if (negatedBefore(s.tokens, k, s.s0)) return;
  emit(
    k,
    k,
    'verdict',
    suggestion,
    'An evaluative adverb judges how the work was done; describe what happened instead.',
  );
}

const ARTICLES = new Set(['a', 'an']);
const NOUN_INTENSIFIERS = wordSet(
  'sheer utter complete total absolute real right proper bureaucratic pure just such bit of',
);

/** Evaluative nouns ("a mess", "a farce", "sheer incompetence"). */
function nounSpan(
  s: Sentence,
  from: number,
  to: number,
  entry: NounEntry,
  emit: Emit,
): void {
  const { tokens, s0 } = s;
  let start = from;
  while (
    start - 1 >= s0 &&
    (NOUN_INTENSIFIERS.has(tokens[start - 1].norm) ||
      (tokens[start - 1].pos === 'ADJ' &&
        !EVALUATIVE_ADJECTIVES.has(tokens[start - 1].lemma)))
  ) {
    start--;
  }
  const hasArticle = start - 1 >= s0 && ARTICLES.has(tokens[start - 1].norm);
  if (entry.predicativeOnly) {
    const before = hasArticle ? start - 1 : start;
    if (copulaBefore(tokens, before, s0) < 0) return;
  }
  if (negatedBefore(tokens, hasArticle ? start - 1 : start, s0)) return;
  if (hasArticle) {
    emit(start - 1, to, entry.category, entry.withArticle, entry.why);
  } else {
    // Keep adjectives that are not intensifiers out of a bare span.
    let bareStart = from;
    while (
      bareStart - 1 >= s0 &&
      NOUN_INTENSIFIERS.has(tokens[bareStart - 1].norm) &&
      tokens[bareStart - 1].norm !== 'of' &&
      tokens[bareStart - 1].norm !== 'such'
    ) {
      bareStart--;
    }
    emit(bareStart, to, entry.category, entry.bare, entry.why);
  }
}

function nounRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s1 } = s;
  const t = tokens[k];
  const found = lookupWord(EVALUATIVE_NOUNS, s, k);
  if (!found) return;
  const { entry, last } = found;
  if (last === k && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') {
    return;
  }
  // "junk data", "horror film": a noun that only modifies another noun
  // (but "a cowboy operation" still labels people).
  const next = last + 1 < s1 ? tokens[last + 1] : undefined;
  if (
    next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    t.pos !== 'ADJ' &&
    entry.category !== 'label'
  ) {
    return;
  }
  nounSpan(s, k, last, entry, emit);
}

let nounPhrases:
  | Map<
      string,
      Array<{ words: Array<{ norm: string; lemma: string }>; entry: NounEntry }>
    >
  | undefined;

/** Multi-word evaluative nouns ("train wreck", "waste of time"). */
function nounPhraseRule(s: Sentence, k: number, emit: Emit): void {
  if (!nounPhrases) {
    nounPhrases = new Map();
    for (const [phrase, entry] of EVALUATIVE_NOUN_PHRASES) {
      const words = analyse(phrase).tokens.map(t => ({
        norm: t.norm,
        lemma: t.lemma,
      }));
      for (const key of new Set([words[0].norm, words[0].lemma])) {
        nounPhrases.set(key, [
          ...(nounPhrases.get(key) ?? []),
          { words, entry },
        ]);
      }
    }
  }
  const { tokens, s1 } = s;
  const t = tokens[k];
  const lists = [nounPhrases.get(t.norm)];
  if (t.lemma !== t.norm) lists.push(nounPhrases.get(t.lemma));
  for (const list of lists) {
    if (!list) continue;
    for (const { words, entry } of list) {
      if (k + words.length > s1) continue;
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) {
        const u = tokens[k + j];
        ok = u.norm === words[j].norm || u.lemma === words[j].lemma;
      }
      if (ok) nounSpan(s, k, k + words.length - 1, entry, emit);
    }
  }
}

const FAILURE_WHY =
  'Calling something a failure is a verdict; describe what did not work and what was learned.';

/** "failure" as a verdict, not as the name of a metric or a fault. */
function failureRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (
    t.lemma !== 'failure' &&
    t.norm !== 'failures' &&
    t.norm !== 'failings' &&
    t.norm !== 'failing'
  ) {
    return;
  }
  if (t.norm === 'failing' && t.pos !== 'NOUN') return;
  const next = k + 1 < s1 ? tokens[k + 1] : undefined;
  const prev = k - 1 >= s0 ? tokens[k - 1] : undefined;
  if (
    next &&
    next.norm === 'to' &&
    k + 2 < s1 &&
    tokens[k + 2].pos === 'VERB'
  ) {
    emit(k, k + 1, 'verdict', 'missed opportunity to', FAILURE_WHY);
    return;
  }
  if (t.norm === 'failing' || t.norm === 'failings') {
    emit(k, k, 'verdict', t.norm === 'failing' ? 'gap' : 'gaps', FAILURE_WHY);
    return;
  }
  let a = k - 1;
  while (a >= s0 && (tokens[a].pos === 'ADJ' || tokens[a].pos === 'ADV')) a--;
  if (a >= s0 && ARTICLES.has(tokens[a].norm)) {
    if (negatedBefore(tokens, a, s0)) return;
    emit(a, k, 'verdict', 'a setback to learn from', FAILURE_WHY);
    return;
  }
  const possessive =
    prev &&
    (['their', 'his', 'her', 'your', 'our', 'my'].includes(prev.norm) ||
      prev.norm === "'s" ||
      prev.text === "'");
  if (possessive && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN'))) {
    emit(
      k,
      k,
      'verdict',
      t.norm === 'failures' ? 'setbacks' : 'setback',
      FAILURE_WHY,
    );
  }
}

const FAIL_WHY =
  '"Failed" is a verdict on people or work; describe what did not happen yet.';
const MODALS = wordSet('can could may might will would shall should must to');

/** The verb "fail", with a rephrasing in the same tense. */
/** Things whose failing is an event to record, not a verdict on people. */
const TECHNICAL = wordSet(
  `deploy deployment build scan check test job pipeline run server service backup restore migration patch script
  probe disk node host cluster container pod certificate job query request call api endpoint database upgrade
  rollback backout install installation update sync import export integration connector agent health`,
);

function failRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (t.lemma !== 'fail' || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return;
  const next = k + 1 < s1 ? tokens[k + 1] : undefined;
  const prev = k - 1 >= s0 ? tokens[k - 1] : undefined;
  if (
    next &&
    wordList('over back fast open closed safe safely gracefully -').includes(
      next.norm,
    )
  ) {
    return;
  }
  if (prev && MODALS.has(prev.norm)) return;
  // "the deploy fails its health checks": a technical thing failing is a fact.
  const subj = subjectBefore(tokens, k, s0);
  if (subj >= 0 && TECHNICAL.has(tokens[subj].lemma)) return;
  // "a failing test", "failed jobs", "every failed or partially
  // successful change": the state of a thing, not a verdict.
  if (
    next &&
    (next.pos === 'NOUN' ||
      next.pos === 'PROPN' ||
      next.pos === 'ADJ' ||
      (next.pos === 'CCONJ' && prev?.pos === 'DET'))
  ) {
    if (!prev || prev.pos !== 'AUX') return;
  }
  const form = verbForm(t);
  const perfect = !!prev && prev.lemma === 'have';
  const passive = !!prev && prev.lemma === 'be' && form === 'past';
  if (next && next.norm === 'to') {
    let suggestion: string;
    if (perfect) suggestion = 'not yet managed to';
    else if (form === 'past') suggestion = 'did not yet';
    else if (form === 'third') suggestion = 'does not yet';
    else if (form === 'ing') suggestion = 'not yet';
    else suggestion = 'do not yet';
    emit(k, k + 1, 'verdict', suggestion, FAIL_WHY);
    return;
  }
  let suggestion: string;
  if (perfect) suggestion = 'not succeeded';
  else if (passive) suggestion = 'not passed';
  else if (form === 'past') suggestion = 'did not succeed';
  else if (form === 'third') suggestion = 'does not succeed';
  else if (form === 'ing') suggestion = 'not succeeding';
  else suggestion = 'do not succeed';
  emit(k, k, 'verdict', suggestion, FAIL_WHY);
}

/** Qualities whose denial judges only when said of people. */
const PEOPLE_QUALITIES = new Set([
  'reliable',
  'useful',
  'helpful',
  'trustworthy',
]);

/** Denied positive qualities: "is not competent", "aren't good enough". */
function deniedQualityRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (!POSITIVE_QUALITIES.has(t.lemma) && !POSITIVE_QUALITIES.has(t.norm)) {
    return;
  }
  if (t.pos !== 'ADJ' && t.norm !== 'worth' && t.norm !== 'fit') return;
  let n = k - 1;
  while (
    n >= s0 &&
    wordList('really very even particularly that so quite always').includes(
      tokens[n].norm,
    )
  ) {
    n--;
  }
  if (n < s0 || !isNegation(tokens[n])) return;
  if (hasYetNear(tokens, n - 1, Math.min(k + 2, s1 - 1))) return;
  const copula = copulaBefore(tokens, n, s0);
  if (copula < 0) return;
  const subj = subjectBefore(tokens, copula, s0);
  const person = isPersonToken(subj >= 0 ? tokens[subj] : undefined);
  if (!person && PEOPLE_QUALITIES.has(t.lemma)) return;
  let from = n;
  let prefix = '';
  if (tokens[n].text === "n't") {
    from = n - 1;
    prefix = `${tokens[n - 1].norm} `;
  }
  let to = k;
  if (k + 1 < s1 && tokens[k + 1].norm === 'enough') to = k + 1;
  const adjective = s.text.slice(tokens[k].start, tokens[to].end);
  emit(
    from,
    to,
    person ? 'label' : 'verdict',
    `${prefix}not yet ${adjective}`,
    person
      ? 'Denying a quality judges the person; describe what they are still building.'
      : 'Denying a quality is a verdict; say what is not there yet.',
  );
}

const HABIT_VERBS = new Set(
  `break forget miss skip lose fail ignore bypass rush override overrule slip drop delay postpone cancel circumvent
  dodge avoid neglect cause crash blame complain moan whine mess screw repeat make get leave push sneak cut change`.split(
    /\s+/,
  ),
);

const AMBIGUOUS_HABITS = wordSet('make get leave push change cut repeat');

/** "keeps breaking", "kept skipping": habitual blame. */
function keepRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s1 } = s;
  const t = tokens[k];
  if (t.lemma !== 'keep' || t.pos === 'NOUN') return;
  let v = k + 1;
  if (v < s1 && tokens[v].norm === 'on') v++;
  if (v >= s1 || !isVerbIng(tokens[v])) return;
  const verb = tokens[v];
  if (!HABIT_VERBS.has(verb.lemma) && !sentenceNegative(tokens, k, s.blocked)) {
    return;
  }
  if (AMBIGUOUS_HABITS.has(verb.lemma)) {
    let bad = false;
    for (let j = v + 1; j < s1 && j <= v + 4; j++) {
      if (
        ['mistake', 'error', 'wrong', 'excuse', 'same', 'blunder'].includes(
          tokens[j].lemma,
        )
      ) {
        bad = true;
      }
    }
    if (!bad) return;
  }
  const form = verbForm(t);
  let suggestion: string;
  if (form === 'past') {
    suggestion = `on several occasions ${pastTense(verb.lemma)}`;
  } else if (form === 'ing') {
    suggestion = `repeatedly ${verb.norm}`;
  } else {
    suggestion = `${
      form === 'third' ? 'has' : 'have'
    } on several occasions ${participle(verb.lemma)}`;
  }
  emit(
    k,
    v,
    'absolute',
    suggestion,
    'Habitual blame ("keeps ...") turns some occasions into a trait; say how often you saw it.',
  );
}

const CERTAINTY_WHY =
  'A certainty marker presents an interpretation as fact; say what you saw and let the team draw the conclusion.';

/** "clearly" when it asserts a judgement rather than describing clarity. */
function clearlyRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (t.norm !== 'clearly') return;
  const next = k + 1 < s1 ? tokens[k + 1] : undefined;
  const initial =
    k === s0 ||
    (k === s0 + 1 &&
      (tokens[s0].pos === 'PUNCT' || INTENSIFIERS.has(tokens[s0].norm)));
  let flag = initial;
  if (!flag && next) {
    if (isParticiple(next) || next.pos === 'ADJ') {
      // "clearly labelled" describes; "were clearly copied … without
      // anyone reading them", "they clearly rushed" judge.
      const subj = subjectBefore(tokens, k, s0);
      flag =
        isPersonToken(subj >= 0 ? tokens[subj] : undefined) ||
        sentenceNegative(tokens, k, s.blocked);
    } else if (next.norm === 'from') {
      flag = false;
    } else if (
      isNegation(next) ||
      next.pos === 'DET' ||
      next.norm === 'no' ||
      next.norm === 'never' ||
      next.pos === 'AUX' ||
      next.pos === 'VERB'
    ) {
      const subj = subjectBefore(tokens, k, s0);
      flag =
        next.pos === 'DET' ||
        isNegation(next) ||
        next.norm === 'never' ||
        next.norm === 'no' ||
        isPersonToken(subj >= 0 ? tokens[subj] : undefined);
    }
  }
  if (!flag) return;
  emit(
    k,
    k,
    'assumption',
    initial ? 'From what we saw' : '— from what we saw —',
    CERTAINTY_WHY,
  );
}

const IGNORE_VERBS: ReadonlyMap<string, string> = new Map([
  ['ignore', 'use'],
  ['neglect', 'complete'],
  ['disregard', 'use'],
  ['flout', 'follow'],
  ['circumvent', 'use'],
]);

/** A person or team "ignores" something: blame. */
function ignoreRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0 } = s;
  const t = tokens[k];
  const replacement = IGNORE_VERBS.get(t.lemma);
  if (!replacement || t.pos !== 'VERB') return;
  if (negatedBefore(tokens, k, s0)) return;
  const subj = subjectBefore(tokens, k, s0);
  if (!isPersonToken(subj >= 0 ? tokens[subj] : undefined)) return;
  const form = verbForm(t);
  const prev = k - 1 >= s0 ? tokens[k - 1] : undefined;
  const suggestion =
    prev && prev.lemma === 'have'
      ? `not ${participle(replacement)}`
      : negated(replacement, form);
  emit(
    k,
    k,
    'blame',
    suggestion,
    'Saying people "ignore" something blames them; describe what was not used and ask what got in the way.',
  );
}

/** "should have tested": blame in hindsight. */
function shouldHaveRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (t.norm !== 'should' || k + 2 >= s1) return;
  if (tokens[k + 1].norm !== 'have') return;
  const v = tokens[k + 2];
  if (!isParticiple(v) && v.pos !== 'VERB') return;
  if (k - 1 >= s0 && tokens[k - 1].norm === 'you') return;
  emit(
    k,
    k + 1,
    'blame',
    'could have',
    '"Should have" blames in hindsight; name what would help next time.',
  );
}

const GENTLE_IMPERATIVES = new Set(
  `consider try explore look ask invite add record plan agree pair use write clarify define make review bring track set
  start schedule replace keep automate share publish test rehearse document link involve name run create check measure
  discuss reduce move map identify capture pilot let note think continue celebrate build thank welcome congratulate
  enjoy imagine picture remember notice`.split(/\s+/),
);
/** Verbs whose imperative corrects people rather than suggests. */
const CORRECTIVE = wordSet(
  'stop quit cease fix sort get do drop knock cut tidy clean follow comply read answer listen shut pull smarten sharpen buck',
);
const URGENCY = new Set(['now', 'immediately', 'asap', '!']);

/** Harsh imperatives: "Fix the records now.", "Do your job.". */
function imperativeRule(s: Sentence, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  let k = s0;
  let softener = false;
  while (
    k < s1 &&
    ['just', 'please', 'so', 'and', 'now'].includes(tokens[k].norm)
  ) {
    if (tokens[k].norm === 'just') softener = true;
    k++;
  }
  if (k >= s1) return;
  const v = tokens[k];
  // "Sort out the naming …": a phrasal verb the tagger read as a noun.
  const phrasal =
    v.pos === 'NOUN' &&
    k + 2 < s1 &&
    ['out', 'up', 'off', 'down'].includes(tokens[k + 1].norm) &&
    tokens[k + 2].pos === 'DET';
  const base = v.norm === v.lemma || v.norm === 'do';
  if (
    !base ||
    (v.pos !== 'VERB' && !phrasal && !(v.pos === 'AUX' && v.norm === 'do'))
  ) {
    return;
  }
  const dont =
    v.norm === 'do' &&
    k + 2 < s1 &&
    isNegation(tokens[k + 1]) &&
    tokens[k + 2].pos === 'VERB';
  if (
    v.norm === 'do' &&
    !dont &&
    !(k + 1 < s1 && ['your', 'you'].includes(tokens[k + 1].norm))
  ) {
    return;
  }
  if (GENTLE_IMPERATIVES.has(v.lemma) && !softener) return;
  // A question ("Fix what, exactly?") or a bare verb list is not an order.
  const question = tokens[s1 - 1].text === '?';
  // Any other verb that opens a sentence gives an order.
  // "Lead time is ...", "Break-glass access ...": a noun the tagger read as
  // a verb, followed by the rest of its compound.
  const next = k + 1 < s1 ? tokens[k + 1] : undefined;
  const compound =
    !!next &&
    ((next.pos === 'NOUN' && !next.norm.endsWith('ing')) ||
      next.pos === 'PROPN' ||
      next.text === '-' ||
      (next.pos === 'ADJ' && !next.norm.endsWith('ing')));
  // Corrective verbs ("Stop …", "Fix …", "Get … done") and imperatives
  // about something going wrong order; "Send the agenda a day ahead so
  // reviewers can prepare" suggests.
  let pressing =
    softener ||
    dont ||
    (!question &&
      !!next &&
      !compound &&
      (CORRECTIVE.has(v.lemma) || sentenceNegative(tokens, k, s.blocked)));
  for (let j = k + 1; j < s1 && !pressing; j++) {
    const n = tokens[j].norm;
    if (
      n === 'you' ||
      n === 'your' ||
      URGENCY.has(n) ||
      URGENCY.has(tokens[j].text)
    ) {
      pressing = true;
    }
    if (n === 'once' && tokens[j - 1].norm === 'for') pressing = true;
    if (n === 'once' && tokens[j - 1].norm === 'at') pressing = true;
  }
  if (!pressing) return;
  emit(
    s0 === k ? k : s0,
    dont ? k + 2 : k,
    'command',
    dont
      ? `An option is to avoid ${presentParticiple(tokens[k + 2].lemma)}`
      : `An option is to ${v.norm}`,
    'A command leaves no choice; invite the team to pick its next step.',
  );
}

const WH_WORDS = wordSet('what where when how which who whom whose why');

/** "Where do engineers look when they need to …?": a question, not an order. */
function isWhQuestion(s: Sentence): boolean {
  return WH_WORDS.has(s.tokens[s.s0].norm) && s.tokens[s.s1 - 1].text === '?';
}

const OBLIGATIONS = ['must', 'need', 'needs', 'have', 'has', 'ought', 'had'];
const DEMAND_VERBS = new Set(
  'stop start learn grow do take step pull sort get listen understand realise realize accept respect comply follow own'.split(
    ' ',
  ),
);

/** "You need to", "the team must learn to": obligations put on people. */
function obligationRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (!OBLIGATIONS.includes(t.norm)) return;
  if (isWhQuestion(s)) return;
  let v = k + 1;
  if (
    t.norm === 'need' ||
    t.norm === 'needs' ||
    t.norm === 'have' ||
    t.norm === 'has' ||
    t.norm === 'ought'
  ) {
    if (v >= s1 || tokens[v].norm !== 'to') return;
    v++;
  } else if (t.norm === 'had') {
    if (v >= s1 || tokens[v].norm !== 'better') return;
    v++;
  }
  if (v >= s1) return;
  const verb = tokens[v];
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX') return;
  const prev = k - 1 >= s0 ? tokens[k - 1] : undefined;
  if (
    prev &&
    ['agree', 'decide', 'plan', 'want', 'choose', 'propose'].includes(
      prev.lemma,
    )
  ) {
    return;
  }
  const you = !!prev && prev.norm === 'you';
  if (you) {
    if (verb.norm === 'have' || verb.norm === 'not') return;
    emit(
      k - 1,
      v - 1,
      'command',
      'an option is to',
      'An obligation put on "you" reads as an order; invite the team to choose the step.',
    );
    return;
  }
  const subj = subjectBefore(tokens, k, s0);
  const person = isPersonToken(subj >= 0 ? tokens[subj] : undefined);
  if (verb.lemma === 'stop') {
    emit(
      k,
      v,
      'command',
      'could stop',
      'A demand to stop reads as an order; describe the effect and invite a change.',
    );
    return;
  }
  if (!person || !DEMAND_VERBS.has(verb.lemma)) return;
  const plural = isPlural(tokens[subj]);
  emit(
    k,
    v - 1,
    'command',
    `${plural ? 'have' : 'has'} an opportunity to`,
    'An obligation put on people reads as an order; frame it as an opportunity.',
  );
}

const THINK_TRIGGERS = wordSet('above optional beneath else apply somebody');

/** "They think the rules don't apply to them": mind-reading. */
function thinkRule(s: Sentence, k: number, emit: Emit): void {
  const { tokens, s0, s1 } = s;
  const t = tokens[k];
  if (!['think', 'believe', 'feel', 'assume', 'reckon'].includes(t.lemma))
    return;
  if (t.pos !== 'VERB') return;
  // "may feel" is already the rephrasing.
  if (k > s0 && tokens[k - 1].norm === 'may') return;
  const subj = subjectBefore(tokens, k, s0);
  if (!isPersonToken(subj >= 0 ? tokens[subj] : undefined)) return;
  let trigger = false;
  for (let j = k + 1; j < s1 && j <= k + 10; j++) {
    if (
      THINK_TRIGGERS.has(tokens[j].norm) ||
      (tokens[j].norm === 'job' && tokens[j - 1].norm === "'s")
    ) {
      trigger = true;
    }
  }
  if (!trigger) return;
  let from = k;
  if (
    k - 2 >= s0 &&
    tokens[k - 1].norm === 'to' &&
    tokens[k - 2].lemma === 'seem'
  ) {
    from = k - 2;
  }
  emit(
    from,
    k,
    'assumption',
    'may feel',
    'Saying what people think is mind-reading; report what they said or did.',
  );
}

// ---------------------------------------------------------------------------
// Pattern rules (see toneRuleList.ts)

type CompiledRule = ToneRule & { compiled: CompiledPattern };

let compiled:
  | { byWord: Map<string, CompiledRule[]>; other: CompiledRule[] }
  | undefined;

function compiledRules() {
  if (!compiled) {
    const byWord = new Map<string, CompiledRule[]>();
    const other: CompiledRule[] = [];
    for (const rule of TONE_RULES) {
      const c: CompiledRule = {
        ...rule,
        compiled: compilePattern(rule.pattern),
      };
      const words = firstWords(c.compiled);
      if (words) {
        for (const w of new Set(words)) {
          byWord.set(w, [...(byWord.get(w) ?? []), c]);
        }
      } else {
        other.push(c);
      }
    }
    compiled = { byWord, other };
  }
  return compiled;
}

function makeClasses(s: Sentence): Record<string, ClassTest> {
  return {
    NOT: isNegation,
    P: t => isPersonToken(t),
    VING: isVerbIng,
    VBN: isParticiple,
    V: t => t.pos === 'VERB',
    ADJ: t => t.pos === 'ADJ',
    N: t => t.pos === 'NOUN' || t.pos === 'PROPN',
    DET: t =>
      t.pos === 'DET' ||
      ['his', 'her', 'their', 'its', 'your', 'our', 'my'].includes(t.norm),
    POSS: t =>
      ['his', 'her', 'their', 'its', 'your', 'our', 'my'].includes(t.norm),
    ANY: t => t.pos !== 'PUNCT',
    START: t => t === s.tokens[s.s0],
  };
}

function patternRules(
  s: Sentence,
  k: number,
  classes: Record<string, ClassTest>,
  emit: Emit,
): void {
  const { byWord, other } = compiledRules();
  const t = s.tokens[k];
  const lists = [byWord.get(t.norm), other];
  if (t.lemma !== t.norm) lists.push(byWord.get(t.lemma));
  if (t.text !== t.norm && t.text !== t.lemma) lists.push(byWord.get(t.text));
  for (const list of lists) {
    if (list) {
      for (const rule of list) {
        applyRule(s, k, rule, classes, emit);
      }
    }
  }
}

function applyRule(
  s: Sentence,
  k: number,
  rule: CompiledRule,
  classes: Record<string, ClassTest>,
  emit: Emit,
): void {
  const at = matchAt(rule.compiled, s.tokens, k, s.s1, classes);
  if (!at) return;
  let from = -1;
  let to = -1;
  for (let i = rule.compiled.spanFrom; i <= rule.compiled.spanTo; i++) {
    if (at[i] >= 0) {
      if (from < 0) from = at[i];
      to = at[i];
    }
  }
  if (from < 0) return;
  const match: RuleMatch = {
    tokens: s.tokens,
    at,
    from,
    to,
    sentenceStart: s.s0,
    blocked: s.blocked,
    text: s.text,
  };
  if (rule.when && !rule.when(match)) return;
  const suggestion =
    typeof rule.suggestion === 'string'
      ? rule.suggestion
      : rule.suggestion(match);
  emit(from, to, rule.category, suggestion, rule.why);
}

/** The rules written in code, tried in this order at every word. */
const WORD_RULES: ReadonlyArray<(s: Sentence, k: number, emit: Emit) => void> =
  [
    adjectiveRule,
    adverbRule,
    nounRule,
    nounPhraseRule,
    failureRule,
    failRule,
    deniedQualityRule,
    keepRule,
    clearlyRule,
    ignoreRule,
    shouldHaveRule,
    obligationRule,
    thinkRule,
  ];

/**
 * Every candidate finding the rules produce for an analysed text. Tokens
 * marked in `blocked` (allow-listed terms) never start or join a finding.
 *
 * @internal
 */
export function ruleCandidates(
  analysis: ToneAnalysis,
  text: string,
  blocked: Uint8Array,
  out: Candidate[],
): void {
  const { tokens } = analysis;
  for (const [s0, s1] of analysis.sentences) {
    if (s1 <= s0) continue;
    const sentence: Sentence = { tokens, s0, s1, blocked, text };
    const emit: Emit = (from, to, category, suggestion, why) => {
      for (let i = from; i <= to; i++) if (blocked[i]) return;
      out.push({
        start: tokens[from].start,
        end: tokens[to].end,
        category,
        suggestion,
        why,
        priority: 1,
      });
    };
    const classes = makeClasses(sentence);
    imperativeRule(sentence, emit);
    for (let k = s0; k < s1; k++) {
      if (blocked[k]) continue;
      const t = tokens[k];
      if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
      for (const rule of WORD_RULES) rule(sentence, k, emit);
      patternRules(sentence, k, classes, emit);
    }
  }
}
