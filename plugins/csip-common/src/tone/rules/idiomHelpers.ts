import { wordSet } from '../toneLexicon';
import type { RuleMatch } from '../toneRules';
import { personSubject, processSubject } from './ruleHelpers';

/**
 * Helpers of the idiom rules: whether a sentence holds a word, whether one
 * comes before the match, and "said of people or of a process".
 *
 * @internal
 */
export const WHY_THREAT =
  'A threat closes the conversation; say what is at stake and invite a plan.';

/** Verbs that put a view on something ("see it as their problem"). */
export const VIEW_VERBS = wordSet('see view treat regard consider think');

export function sentenceHas(
  m: RuleMatch,
  test: (lemma: string, norm: string) => boolean,
  before = true,
): boolean {
  const sentence = m.tokens[m.from].sentence;
  const from = before ? m.sentenceStart : m.from;
  for (let j = from; j < m.tokens.length; j++) {
    const t = m.tokens[j];
    if (t.sentence !== sentence) break;
    if (j >= m.from && j <= m.to) continue;
    if (test(t.lemma, t.norm)) return true;
  }
  return false;
}

export function beforeMatch(m: RuleMatch, words: ReadonlySet<string>): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    if (words.has(m.tokens[j].lemma) || words.has(m.tokens[j].norm)) {
      return true;
    }
  }
  return false;
}

export function personSubjectOrProcess(m: RuleMatch): boolean {
  return personSubject(m) || processSubject(m);
}
