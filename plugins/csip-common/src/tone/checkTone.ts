import type { ToneFinding } from './toneSchema';
import { TONE_ALLOW_LIST, TONE_PHRASES } from './tonePhrases';

/** A letter, combining mark, digit or underscore: part of a word. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

/** Stands in for allow-listed text: neither a word character nor whitespace. */
const MASK = '\u0000';

/**
 * The regular expression source for one phrase: special characters escaped,
 * any run of whitespace between words, straight or curly apostrophes.
 */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['\u2018\u2019]/g, "['\\u2018\\u2019]")
    .replace(/\s+/g, '\\s+');
}

function byLengthDescending(a: string, b: string): number {
  return b.length - a.length;
}

function alternation(phrases: readonly string[]): string {
  return [...phrases].sort(byLengthDescending).map(phraseSource).join('|');
}

/** Finds every place where at least one phrase starts. */
const ANY_PHRASE = new RegExp(
  `${BEFORE}(?:${alternation(TONE_PHRASES.map(p => p.phrase))})${AFTER}`,
  'giu',
);

/** Tests each phrase at one position only. */
const EACH_PHRASE = TONE_PHRASES.map(
  p => new RegExp(`${BEFORE}(?:${phraseSource(p.phrase)})${AFTER}`, 'iuy'),
);

const ALLOWED = new RegExp(
  `${BEFORE}(?:${alternation(TONE_ALLOW_LIST)})${AFTER}`,
  'giu',
);

type Candidate = { start: number; end: number; index: number };

/** Every match of every phrase, overlapping ones included. */
function findCandidates(masked: string): Candidate[] {
  const candidates: Candidate[] = [];
  ANY_PHRASE.lastIndex = 0;
  let found = ANY_PHRASE.exec(masked);
  while (found) {
    const start = found.index;
    EACH_PHRASE.forEach((re, index) => {
      re.lastIndex = start;
      const match = re.exec(masked);
      if (match) {
        candidates.push({ start, end: start + match[0].length, index });
      }
    });
    ANY_PHRASE.lastIndex = start + 1;
    found = ANY_PHRASE.exec(masked);
  }
  return candidates;
}

/**
 * Finds judgemental wording in review text, each finding with a coaching
 * rephrasing. Deterministic and free of I/O, so the editor can call it on
 * every keystroke.
 *
 * Phrases from `TONE_PHRASES` match case-insensitively as whole words or
 * phrases ("never" does not match "nevertheless"), with any whitespace
 * between words and straight or curly apostrophes. Terms in
 * `TONE_ALLOW_LIST` ("failed changes", "change failure rate", ...) are
 * masked first and never flagged. Where matches overlap the longest wins,
 * then the earliest. Findings are sorted by `start`; `phrase` is the text
 * exactly as typed.
 *
 * @public
 */
export function checkTone(text: string): ToneFinding[] {
  if (text.length === 0) {
    return [];
  }
  const masked = text.replace(ALLOWED, allowed => MASK.repeat(allowed.length));
  const candidates = findCandidates(masked).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );

  const taken = new Uint8Array(text.length);
  const findings: ToneFinding[] = [];
  for (const { start, end, index } of candidates) {
    if (!taken.subarray(start, end).some(t => t === 1)) {
      taken.fill(1, start, end);
      const { category, suggestion } = TONE_PHRASES[index];
      findings.push({
        start,
        end,
        phrase: text.slice(start, end),
        category,
        suggestion,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
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
