import { analyse, type ToneToken } from './toneNlp';
import { sentenceNegative } from './rules/ruleHelpers';
import { reportedSpans } from './toneReported';
import { ruleCandidates, type Candidate } from './toneRules';
import { TONE_ALLOW_LIST, TONE_PHRASES, type TonePhrase } from './tonePhrases';
import { TONE_CATEGORY_LABELS, type ToneFinding } from './toneSchema';

/**
 * Options of {@link checkTone}. `extraPhrases` and `allow` come from the
 * portal's `csip.tone` configuration (served by `GET /tone/config`), so the
 * editor and the backend check with the same additions.
 *
 * @public
 */
export type ToneOptions = {
  /** Return only the first `limit` findings (by `start`). */
  limit?: number;
  /** Phrases to flag on top of the built-in rules, matched as whole words. */
  extraPhrases?: readonly TonePhrase[];
  /** Terms never to flag, on top of {@link TONE_ALLOW_LIST}. */
  allow?: readonly string[];
};

type PhraseMatcher = {
  /** Normal forms of the phrase's tokens. */
  words: string[];
  finding: Required<Omit<TonePhrase, 'phrase'>>;
  priority: number;
};

type AllowMatcher = Array<{ norm: string; lemma: string }>;

type Compiled<T> = Map<string, T[]>;

function index<T>(map: Compiled<T>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compilePhrases(
  phrases: readonly TonePhrase[],
  priority: number,
): Compiled<PhraseMatcher> {
  const map: Compiled<PhraseMatcher> = new Map();
  for (const p of phrases) {
    const words = analyse(p.phrase).tokens.map(t => t.norm);
    if (words.length === 0) continue;
    index(map, words[0], {
      words,
      priority,
      finding: {
        category: p.category,
        suggestion: p.suggestion,
        why: p.why ?? TONE_CATEGORY_LABELS[p.category].why,
      },
    });
  }
  return map;
}

function compileAllowList(terms: readonly string[]): Compiled<AllowMatcher> {
  const map: Compiled<AllowMatcher> = new Map();
  for (const term of terms) {
    const words = analyse(term).tokens.map(t => ({
      norm: t.norm,
      lemma: t.lemma,
    }));
    if (words.length === 0) continue;
    index(map, words[0].norm, words);
    if (words[0].lemma !== words[0].norm) index(map, words[0].lemma, words);
  }
  return map;
}

let builtIn:
  | { phrases: Compiled<PhraseMatcher>; allow: Compiled<AllowMatcher> }
  | undefined;

function builtInMatchers() {
  if (!builtIn) {
    builtIn = {
      phrases: compilePhrases(TONE_PHRASES, 0),
      allow: compileAllowList(TONE_ALLOW_LIST),
    };
  }
  return builtIn;
}

const extraPhraseCache = new WeakMap<
  readonly TonePhrase[],
  Compiled<PhraseMatcher>
>();
const extraAllowCache = new WeakMap<
  readonly string[],
  Compiled<AllowMatcher>
>();

function extraPhrases(phrases: readonly TonePhrase[] | undefined) {
  if (!phrases || phrases.length === 0) return undefined;
  let compiled = extraPhraseCache.get(phrases);
  if (!compiled) {
    // Configured phrases win over built-in ones on the same span.
    compiled = compilePhrases(phrases, -1);
    extraPhraseCache.set(phrases, compiled);
  }
  return compiled;
}

function extraAllow(terms: readonly string[] | undefined) {
  if (!terms || terms.length === 0) return undefined;
  let compiled = extraAllowCache.get(terms);
  if (!compiled) {
    compiled = compileAllowList(terms);
    extraAllowCache.set(terms, compiled);
  }
  return compiled;
}

/** Marks the tokens of every allow-listed term. */
function blockAllowed(
  tokens: readonly ToneToken[],
  blocked: Uint8Array,
  allow: Compiled<AllowMatcher>,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lists = [allow.get(t.norm)];
    if (t.lemma !== t.norm) lists.push(allow.get(t.lemma));
    for (const list of lists) {
      if (!list) continue;
      for (const words of list) {
        if (i + words.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < words.length && ok; j++) {
          const u = tokens[i + j];
          ok =
            (u.norm === words[j].norm || u.lemma === words[j].lemma) &&
            (j === 0 || u.sentence === t.sentence);
        }
        if (ok) blocked.fill(1, i, i + words.length);
      }
    }
  }
}

/** "not always", "almost everyone": a hedged absolute describes, not generalises. */
const HEDGES = new Set(['not', 'almost', 'nearly', 'virtually']);

/** Absolutes that are fair in praise ("everyone contributed ideas"). */
const PRAISE_SAFE = new Set(['everyone', 'everybody']);

/** Absolutes that a cited source or a procedure can make a plain fact. */
const EVIDENCED = new Set([
  'always',
  'never',
  'every',
  'entirely',
  'completely',
]);
/** Absolutes that describe an option in a suggestion ("could move entirely"). */
const HYPOTHETICAL = new Set(['entirely', 'completely', 'totally', 'fully']);
const MODALS = new Set(['could', 'might', 'may', 'would']);

function sameSentence(tokens: readonly ToneToken[], i: number): ToneToken[] {
  const sentence = tokens[i].sentence;
  return tokens.filter(t => t.sentence === sentence);
}

/**
 * "never been exercised, according to the change history", "always runs a
 * smoke test, as the release procedure requires", "in 12 of 12 changes":
 * the absolute reports a source or a count, not a generalisation.
 */
function evidenced(tokens: readonly ToneToken[], i: number): boolean {
  const words = sameSentence(tokens, i);
  return words.some(
    (t, j) =>
      t.pos === 'NUM' ||
      /\d/.test(t.text) ||
      (t.norm === 'according' && words[j + 1]?.norm === 'to') ||
      (t.norm === 'as' &&
        words
          .slice(j + 1, j + 6)
          .some(u =>
            ['require', 'say', 'state', 'specify', 'define'].includes(u.lemma),
          )),
  );
}

function afterModal(tokens: readonly ToneToken[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
    if (MODALS.has(tokens[j].norm)) return true;
  }
  return false;
}

function sentenceLength(tokens: readonly ToneToken[], i: number): number {
  return sameSentence(tokens, i).filter(t => t.pos !== 'PUNCT').length;
}

function hedged(
  tokens: readonly ToneToken[],
  i: number,
  blocked: Uint8Array,
): boolean {
  // "gives everyone a voice": inclusive, not a generalisation; "Everyone
  // ignores the freeze" has something negative to generalise.
  if (
    PRAISE_SAFE.has(tokens[i].norm) &&
    sentenceLength(tokens, i) > 3 &&
    !sentenceNegative(tokens, i, blocked)
  ) {
    return true;
  }
  if (EVIDENCED.has(tokens[i].norm) && evidenced(tokens, i)) return true;
  if (HYPOTHETICAL.has(tokens[i].norm) && afterModal(tokens, i)) return true;
  // "visible to everyone": everyone as the one served, not a generalisation.
  if (
    i > 0 &&
    tokens[i - 1].pos === 'ADP' &&
    (tokens[i].norm === 'everyone' || tokens[i].norm === 'everybody')
  ) {
    return true;
  }
  return (
    i > 0 &&
    HEDGES.has(tokens[i - 1].norm) &&
    tokens[i - 1].sentence === tokens[i].sentence
  );
}

function phraseCandidates(
  tokens: readonly ToneToken[],
  blocked: Uint8Array,
  phrases: Compiled<PhraseMatcher>,
  out: Candidate[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const list = phrases.get(tokens[i].norm);
    if (!list) continue;
    for (const { words, finding, priority } of list) {
      if (i + words.length > tokens.length) continue;
      if (
        finding.category === 'absolute' &&
        priority >= 0 &&
        hedged(tokens, i, blocked)
      ) {
        continue;
      }
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) {
        ok = tokens[i + j].norm === words[j] && !blocked[i + j];
      }
      if (ok) {
        out.push({
          start: tokens[i].start,
          end: tokens[i + words.length - 1].end,
          ...finding,
          priority,
        });
      }
    }
  }
}

/**
 * Finds judgemental wording in review text, each finding with its category,
 * a coaching rephrasing that fits the sentence and a short reason.
 *
 * The text is analysed with wink-nlp's English model (tokens, lemmas, parts
 * of speech, sentences) and checked by rules that use that structure:
 * evaluative adjectives and nouns by their dictionary form ("fail", "fails",
 * "failure"), judgements of people (a person or team as the subject of an
 * evaluative predicate), certainty and mind-reading ("clearly", "they don't
 * care"), absolutes and habitual blame ("always", "keeps breaking"),
 * commands and shaming ("must stop", "should be ashamed"), sweeping
 * verdicts on a whole process ("the process is broken"), plus the fixed
 * phrases of {@link TONE_PHRASES} and any `extraPhrases`. Terms in
 * {@link TONE_ALLOW_LIST} and `allow` ("failed changes", "change failure
 * rate", "emergency change", ...) are never flagged.
 *
 * Deterministic and free of I/O; the model loads once, on the first call
 * with text, and a paragraph then takes well under a millisecond, so the
 * editor can call it on every keystroke and the backend gets the same
 * findings. Where findings overlap the longest wins, then a configured
 * phrase over a built-in one over a rule, then the earliest. Findings are
 * sorted by `start`; `phrase` is the text exactly as typed. With `limit`,
 * only the first `limit` findings are returned.
 *
 * @public
 */
export function checkTone(
  text: string,
  options: ToneOptions = {},
): ToneFinding[] {
  const limit = options.limit ?? Infinity;
  if (text.length === 0 || limit <= 0 || !/\S/.test(text)) {
    return [];
  }
  const analysis = analyse(text);
  const { tokens } = analysis;
  const matchers = builtInMatchers();
  const blocked = new Uint8Array(tokens.length);
  blockAllowed(tokens, blocked, matchers.allow);
  const allow = extraAllow(options.allow);
  if (allow) blockAllowed(tokens, blocked, allow);

  const candidates: Candidate[] = [];
  const extra = extraPhrases(options.extraPhrases);
  if (extra) phraseCandidates(tokens, blocked, extra, candidates);
  phraseCandidates(tokens, blocked, matchers.phrases, candidates);
  ruleCandidates(analysis, text, blocked, candidates);
  const reported = reportedSpans(analysis);

  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.priority - b.priority ||
      a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const findings: ToneFinding[] = [];
  for (const c of candidates) {
    if (c.end <= c.start || taken.subarray(c.start, c.end).some(x => x === 1)) {
      continue;
    }
    if (
      c.priority >= 0 &&
      reported.some(([a, b]) => c.start >= a && c.end <= b)
    ) {
      continue;
    }
    taken.fill(1, c.start, c.end);
    findings.push({
      start: c.start,
      end: c.end,
      phrase: text.slice(c.start, c.end),
      category: c.category,
      suggestion: c.suggestion,
      why: c.why,
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return findings.length > limit ? findings.slice(0, limit) : findings;
}

/**
 * The text with one finding's span replaced by its suggestion, capitalised
 * when the matched phrase started with a capital letter. Returns the text
 * unchanged when the span no longer holds the finding's phrase (for example
 * because the text was edited after it was checked).
 *
 * @public
 */
export function applySuggestion(text: string, finding: ToneFinding): string {
  const { start, end, phrase, suggestion } = finding;
  if (text.slice(start, end) !== phrase || phrase.length === 0) {
    return text;
  }
  const first = phrase.charAt(0);
  const capital = first !== first.toLocaleLowerCase('en-US');
  const replacement = capital
    ? suggestion.charAt(0).toLocaleUpperCase('en-US') + suggestion.slice(1)
    : suggestion;
  return text.slice(0, start) + replacement + text.slice(end);
}
