import type { ToneToken } from './toneNlp';

/**
 * A tiny pattern language over analysed tokens, for the multi-word rules
 * (mind-reading, commands, habitual blame, sweeping verdicts). A pattern is
 * a space-separated list of steps:
 *
 * - `care|mind`: the token's lemma or normal form is one of the words, so
 *   `care` matches "care", "cares", "cared" and "caring";
 * - `=cares`: the normal form only;
 * - `@NOT` a negation ("not", "n't", "never"), `@P` a person or team,
 *   `@VING` a verb ending in -ing, `@VBN` a past participle, `@V` any verb,
 *   `@ADJ` an adjective, `@N` a noun, `@DET` a determiner or possessive,
 *   `@ANY` any word;
 * - a leading `?` makes the step optional; `~` skips up to three words;
 * - `[` and `]` around steps mark the span that is reported (by default
 *   the whole match).
 *
 * @internal
 */
export type Step = {
  words?: ReadonlySet<string>;
  exact?: boolean;
  classes?: readonly string[];
  optional?: boolean;
  gap?: boolean;
};

export type CompiledPattern = {
  steps: Step[];
  spanFrom: number;
  spanTo: number;
};

export function compilePattern(source: string): CompiledPattern {
  const steps: Step[] = [];
  let spanFrom = -1;
  let spanTo = -1;
  for (let part of source.trim().split(/\s+/)) {
    let open = false;
    let close = false;
    if (part.startsWith('[')) {
      open = true;
      part = part.slice(1);
    }
    if (part.endsWith(']')) {
      close = true;
      part = part.slice(0, -1);
    }
    if (open && spanFrom < 0) spanFrom = steps.length;
    const optional = part.startsWith('?');
    if (optional) part = part.slice(1);
    if (part === '~') {
      steps.push({ gap: true });
    } else {
      const exact = part.startsWith('=');
      if (exact) part = part.slice(1);
      const alternatives = part.split('|');
      const classes = alternatives
        .filter(a => a.startsWith('@'))
        .map(a => a.slice(1));
      const words = alternatives.filter(a => !a.startsWith('@'));
      steps.push({
        words: words.length ? new Set(words) : undefined,
        classes: classes.length ? classes : undefined,
        exact,
        optional,
      });
    }
    if (close) spanTo = steps.length - 1;
  }
  return {
    steps,
    spanFrom: spanFrom < 0 ? 0 : spanFrom,
    spanTo: spanTo < 0 ? steps.length - 1 : spanTo,
  };
}

/** Irregular past participles the token classes need. */
const PARTICIPLE_LIKE = /(?:ed|en|wn|ne|lt|pt|ught|ung|ook|ade|id|et|ut|ust)$/;

export function isVerbIng(t: ToneToken): boolean {
  return t.pos === 'VERB' && t.norm.endsWith('ing') && t.lemma !== t.norm;
}

export function isParticiple(t: ToneToken): boolean {
  return (
    (t.pos === 'VERB' || t.pos === 'ADJ') &&
    t.lemma !== t.norm &&
    !t.norm.endsWith('ing') &&
    !t.norm.endsWith('s') &&
    PARTICIPLE_LIKE.test(t.norm)
  );
}

export function isNegation(t: ToneToken): boolean {
  return t.norm === 'not' || t.norm === 'never' || t.norm === "n't";
}

export type ClassTest = (t: ToneToken) => boolean;

/**
 * Matches a compiled pattern at token `at` (within `[at, limit)`), returning
 * the index of each matched step's token (-1 for a skipped optional step)
 * or undefined.
 */
export function matchAt(
  pattern: CompiledPattern,
  tokens: readonly ToneToken[],
  at: number,
  limit: number,
  classes: Readonly<Record<string, ClassTest>>,
): number[] | undefined {
  const positions: number[] = new Array(pattern.steps.length).fill(-1);

  const stepMatches = (step: Step, t: ToneToken): boolean => {
    if (
      step.words &&
      (step.words.has(t.norm) ||
        step.words.has(t.text) ||
        (!step.exact && step.words.has(t.lemma)))
    ) {
      return true;
    }
    if (step.classes) {
      for (const name of step.classes) {
        const test = classes[name];
        if (test && test(t)) return true;
      }
    }
    return false;
  };

  const go = (s: number, k: number): boolean => {
    if (s === pattern.steps.length) return true;
    const step = pattern.steps[s];
    if (step.gap) {
      for (let skip = 0; skip <= 3 && k + skip <= limit; skip++) {
        if (skip > 0 && tokens[k + skip - 1].pos === 'PUNCT') break;
        if (go(s + 1, k + skip)) return true;
      }
      return false;
    }
    if (k < limit && stepMatches(step, tokens[k])) {
      positions[s] = k;
      if (go(s + 1, k + 1)) return true;
      positions[s] = -1;
    }
    return step.optional ? go(s + 1, k) : false;
  };

  return go(0, at) ? positions : undefined;
}

/** The words of the classes that are closed lists, for indexing. */
const CLASS_WORDS: Readonly<Record<string, readonly string[]>> = {
  NOT: ['not', "n't", 'never'],
  POSS: ['his', 'her', 'their', 'its', 'your', 'our', 'my'],
};

/** The first literal words a pattern can start with, for indexing. */
export function firstWords(pattern: CompiledPattern): string[] | undefined {
  const words: string[] = [];
  for (const step of pattern.steps) {
    if (step.gap) return undefined;
    for (const name of step.classes ?? []) {
      const listed = CLASS_WORDS[name];
      if (!listed) return undefined;
      words.push(...listed);
    }
    if (step.words) words.push(...step.words);
    if (!step.optional) return words;
  }
  return undefined;
}
