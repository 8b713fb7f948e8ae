import { PERSON_PRONOUNS } from './toneLexicon';
import type { ToneToken } from './toneNlp';
import { isPersonWord } from './tonePeople';

const NOUN_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** "on your side": a possessive belongs to the noun phrase. */
const POSSESSIVES = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);
const NP_INNER = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/**
 * The head of the subject of the clause whose verb or copula is at `k`:
 * the nearest noun or pronoun before it, skipping prepositional phrases
 * ("the quality of the reviews" → "quality"). -1 when there is none before
 * the start of the clause.
 *
 * @internal
 */
export function subjectBefore(
  tokens: readonly ToneToken[],
  k: number,
  sentenceStart: number,
): number {
  let j = k - 1;
  while (j >= sentenceStart) {
    const t = tokens[j];
    // "the ops lead becomes": a role noun the tagger read as a verb.
    const roleNoun =
      t.pos === 'VERB' &&
      isPersonWord(t) &&
      j - 1 >= sentenceStart &&
      ['NOUN', 'DET', 'ADJ', 'PROPN'].includes(tokens[j - 1].pos);
    if (NOUN_POS.has(t.pos) || roleNoun) {
      if (t.pos === 'PRON' && ['that', 'which', 'what'].includes(t.norm)) {
        return -1;
      }
      let b = j;
      while (
        b - 1 >= sentenceStart &&
        ((NP_INNER.has(tokens[b - 1].pos) &&
          !PERSON_PRONOUNS.has(tokens[b - 1].norm)) ||
          POSSESSIVES.has(tokens[b - 1].norm))
      ) {
        b--;
      }
      // "the start-up engineers": an ADP inside a hyphenated word is not a
      // preposition.
      if (
        b - 1 >= sentenceStart &&
        tokens[b - 1].pos === 'ADP' &&
        tokens[b - 2]?.text !== '-'
      ) {
        j = b - 2;
        continue;
      }
      // The head of "the release manager" is "manager"; of "the service
      // desk staff", "staff": the last noun, which is `j`.
      return j;
    }
    if (
      t.pos === 'PUNCT' ||
      t.pos === 'CCONJ' ||
      t.pos === 'SCONJ' ||
      t.norm === 'that' ||
      t.norm === 'which' ||
      t.norm === 'who'
    ) {
      return -1;
    }
    j--;
  }
  return -1;
}
