import type { ToneToken } from './toneNlp';

/**
 * Just enough English verb morphology to make a rephrasing fit the sentence
 * it replaces ("keeps breaking" → "has on several occasions broken").
 *
 * @internal
 */
const IRREGULAR: Record<string, [past: string, participle: string]> = {
  be: ['was', 'been'],
  break: ['broke', 'broken'],
  bring: ['brought', 'brought'],
  choose: ['chose', 'chosen'],
  cut: ['cut', 'cut'],
  do: ['did', 'done'],
  drive: ['drove', 'driven'],
  find: ['found', 'found'],
  forget: ['forgot', 'forgotten'],
  get: ['got', 'got'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  have: ['had', 'had'],
  hide: ['hid', 'hidden'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  leave: ['left', 'left'],
  let: ['let', 'let'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  put: ['put', 'put'],
  read: ['read', 'read'],
  run: ['ran', 'run'],
  say: ['said', 'said'],
  see: ['saw', 'seen'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  sneak: ['sneaked', 'sneaked'],
  take: ['took', 'taken'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  throw: ['threw', 'thrown'],
  write: ['wrote', 'written'],
};

/** Verbs that double their last consonant: skip → skipped, skipping. */
const DOUBLING = new Set(
  'skip slip stop drop plan commit ship step tap admit submit permit omit rub grab scrap swap trip wrap chat jam flop'.split(
    ' ',
  ),
);

export function pastTense(lemma: string): string {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma][0];
  if (DOUBLING.has(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

export function participle(lemma: string): string {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma][1];
  return pastTense(lemma);
}

export function thirdPerson(lemma: string): string {
  if (lemma === 'have') return 'has';
  if (lemma === 'be') return 'is';
  if (lemma === 'do' || lemma === 'go') return `${lemma}es`;
  if (/(s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

export function presentParticiple(lemma: string): string {
  if (lemma === 'be' || lemma === 'see') return `${lemma}ing`;
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (DOUBLING.has(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) {
    return `${lemma.slice(0, -1)}ing`;
  }
  return `${lemma}ing`;
}

/** The grammatical form of a verb token. */
export type VerbForm = 'base' | 'third' | 'past' | 'ing';

export function verbForm(t: ToneToken): VerbForm {
  const { norm, lemma } = t;
  if (norm === lemma) return 'base';
  if (norm.endsWith('ing')) return 'ing';
  if (
    norm === thirdPerson(lemma) ||
    norm === 'is' ||
    norm === 'has' ||
    norm === 'does'
  ) {
    return 'third';
  }
  if (norm === 'are' || norm === 'am') return 'base';
  return 'past';
}

/** `verb` (a lemma) in the given form: ("bring", "past") → "brought". */
export function inflect(verb: string, form: VerbForm): string {
  const [head, ...rest] = verb.split(' ');
  let inflected = head;
  if (form === 'past') inflected = pastTense(head);
  else if (form === 'third') inflected = thirdPerson(head);
  else if (form === 'ing') inflected = presentParticiple(head);
  return [inflected, ...rest].join(' ');
}

/**
 * A negated verb phrase in the form of `t`: ("use", "past") → "did not
 * use", ("use", "third") → "does not use", ("use", "ing") → "not using".
 */
export function negated(verb: string, form: VerbForm, yet = false): string {
  const not = yet ? 'not yet' : 'not';
  switch (form) {
    case 'past':
      return `did ${not} ${verb}`;
    case 'third':
      return `does ${not} ${verb}`;
    case 'ing':
      return `${not} ${inflect(verb, 'ing')}`;
    default:
      return `do ${not} ${verb}`;
  }
}

/** "has"/"have"/"had" to agree with an auxiliary or verb token. */
export function haveFor(form: VerbForm): string {
  if (form === 'past') return 'had';
  if (form === 'third') return 'has';
  return 'have';
}

/** "is"/"are"/"was" to agree with an auxiliary or verb token. */
export function beFor(form: VerbForm, plural: boolean): string {
  if (form === 'past') return plural ? 'were' : 'was';
  if (form === 'third') return 'is';
  return plural ? 'are' : 'is';
}
