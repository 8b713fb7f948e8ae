import {
  COPULAS,
  REPORTING_VERBS,
  wordSet,
  type AdjectiveEntry,
} from './toneLexicon';
import { valence, type ToneToken } from './toneNlp';

/**
 * Adjectives that wink's lexicon scores as negative but that describe a
 * state in IT service management, a risk or someone's reported feelings,
 * not a judgement: "a broken build", "the server was unavailable", "the
 * team felt frustrated".
 */
const DESCRIPTIVE = wordSet(
  `broken dead down unavailable missing failed failing late slow urgent critical risky high low unable difficult hard
  unclear limited wrong stale outdated insecure vulnerable unauthorized unauthorised unplanned manual complex expensive
  costly severe serious emergency fatal major minor bad worse worst poor weak fail lost empty heavy tough tricky
  dangerous hazardous unstable volatile painful rough negative blocked stuck pending overdue problematic error
  frustrated frustrating worried concerned anxious nervous upset unhappy angry confused confusing stressed
  disappointed sad sorry afraid scared tired exhausted overwhelmed uncomfortable uneasy reluctant hesitant
  skeptical sceptical doubtful cautious defensive annoyed irritated keen warning alert plain unsuccessful settle settling`,
);

const ENTRY: AdjectiveEntry = {
  category: 'verdict',
  predicative: 'not yet where the team wants it',
  attributive: 'still-developing',
  person: 'still developing in this area',
  why: 'An evaluative word judges the work; describe what you saw and its effect instead.',
};

/**
 * A lexicon entry for a negative adjective the built-in lexicon does not
 * list, from its valence in wink's model (at most -0.4): the safety net
 * that catches evaluative words nobody thought to list. Not for words that
 * describe a state or a feeling, nor inside reported speech.
 *
 * @internal
 */
export function valenceEntry(
  tokens: readonly ToneToken[],
  k: number,
  s0: number,
  s1: number,
): { entry: AdjectiveEntry; last: number } | undefined {
  const t = tokens[k];
  // "is frankly mortifying": a participle used as an adjective after "be".
  let b = k - 1;
  while (b > s0) {
    if (tokens[b].pos === 'ADV') {
      b--;
    } else if (
      tokens[b].text === ',' &&
      b - 2 >= s0 &&
      tokens[b - 2].text === ','
    ) {
      // "is, frankly, bizarre"
      b -= 3;
    } else {
      break;
    }
  }
  const participle =
    t.pos === 'VERB' &&
    t.norm.endsWith('ing') &&
    b >= s0 &&
    tokens[b].lemma === 'be' &&
    tokens[b].pos === 'AUX';
  if (t.pos !== 'ADJ' && !participle) return undefined;
  // Only where it says something of a noun: after "is" ("the rules are
  // crude") or before a noun ("a shabby effort"), not "the token never …".
  const next = k + 1 < s1 ? tokens[k + 1] : undefined;
  const predicative = b >= s0 && COPULAS.has(tokens[b].lemma);
  const attributive = !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
  if (!predicative && !attributive) return undefined;
  if (DESCRIPTIVE.has(t.lemma) || DESCRIPTIVE.has(t.norm)) return undefined;
  if (Math.min(valence(t.norm), valence(t.lemma)) > -0.4) return undefined;
  for (let j = s0; j < s1; j++) {
    if (REPORTING_VERBS.has(tokens[j].lemma) && tokens[j].pos === 'VERB') {
      return undefined;
    }
  }
  return { entry: ENTRY, last: k };
}
