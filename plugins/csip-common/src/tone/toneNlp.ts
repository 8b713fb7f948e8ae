import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One word or punctuation mark of the checked text, as the tone rules see
 * it. `start` and `end` are offsets (UTF-16 code units) into the original
 * text; `norm` is wink's normal form (lower case, contractions expanded such
 * as "n't" → "not", British spelling folded to American such as "colour" →
 * "color"); `lemma` is the dictionary form ("failing" → "fail", "worse" →
 * "bad"); `pos` is the Universal Dependencies part of speech.
 *
 * @internal
 */
export type ToneToken = {
  start: number;
  end: number;
  /** The text as the analyser saw it: lower case, straight apostrophes. */
  text: string;
  norm: string;
  lemma: string;
  pos: string;
  /** Index of the sentence, in `ToneAnalysis.sentences`. */
  sentence: number;
  /**
   * Written with a capital and then lower case ("Priya", not "CMDB"), other
   * than as the first word of its sentence.
   */
  capital: boolean;
};

/** @internal */
export type ToneAnalysis = {
  /** Every token except whitespace, in text order. */
  tokens: ToneToken[];
  /** Each sentence as `[first, last + 1]` indexes into `tokens`. */
  sentences: Array<[number, number]>;
};

type Engine = ReturnType<typeof winkNLP>;

let engine: Engine | undefined;

/**
 * wink-nlp with the English lite model, created on first use and then kept
 * for the life of the module (creating it reads the model, ~0.5 s; every
 * later analysis takes well under a millisecond for a paragraph). The model
 * is the same in the browser and in Node, so the editor and the backend get
 * the same tokens, lemmas and parts of speech.
 */
function getEngine(): Engine {
  if (!engine) {
    engine = winkNLP(model, ['sbd', 'pos']);
  }
  return engine;
}

/** Loads the language model now rather than on the first check. @public */
export function preloadToneModel(): void {
  getEngine();
}

const QUOTES = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/**
 * The text the analyser reads: lower case (the tagger reads capitals as
 * proper nouns, which hides "MESS" or "Engineers"), straight apostrophes and
 * quotes. Every replacement keeps the length, so offsets stay valid; if
 * lower-casing would change the length (a handful of non-English letters),
 * the case is kept.
 */
function prepare(text: string): string {
  const straight = text.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  const lower = straight.toLowerCase();
  return lower.length === straight.length ? lower : straight;
}

/** Endings of abstract and mass nouns ("Governance", "Testing", "Quality"). */
const ABSTRACT =
  /(?:ance|ence|ship|tion|sion|ing|ment|ity|ness|ure|ism|age|ery|ory|acy|ics|ogy|ata|ware|work)$/;

/**
 * A capitalised first word reads as a name when a verb follows it directly
 * and it has no article ("Tom treats …", "Priya seems …"); an abstract noun
 * in that place ("Governance seems …") does not.
 */
function nameAtStart(
  tokens: readonly ToneToken[],
  k: number,
  end: number,
): boolean {
  const t = tokens[k];
  const next = k + 1 < end ? tokens[k + 1] : undefined;
  return (
    t.capital &&
    t.pos === 'NOUN' &&
    t.norm === t.lemma &&
    t.norm.length >= 3 &&
    !ABSTRACT.test(t.norm) &&
    !!next &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/**
 * Scots and other regional spellings of common words, read as the standard
 * word the way British spelling is read as American ("tae" is "to",
 * "naebody" is "nobody").
 */
const DIALECT: ReadonlyMap<string, string> = new Map([
  ['tae', 'to'],
  ['whit', 'what'],
  ['naebody', 'nobody'],
  ['naething', 'nothing'],
  ['doon', 'down'],
  ['oot', 'out'],
  ['aboot', 'about'],
  ['frae', 'from'],
  ['yer', 'your'],
  ['awfy', 'awfully'],
  ['nae', 'no'],
  ['ken', 'know'],
]);

/**
 * Tokens, lemmas, parts of speech and sentences of a text.
 *
 * @internal
 */
export function analyse(text: string): ToneAnalysis {
  const nlp = getEngine();
  const its = nlp.its;
  const doc = nlp.readDoc(prepare(text));
  const all = doc.tokens();
  // wink's typings do not accept the model-specific `its.lemma` helper.
  const out = all.out as (helper?: unknown) => unknown;
  const values = out.call(all) as string[];
  const spaces = out.call(all, its.precedingSpaces) as string[];
  const norms = out.call(all, its.normal) as string[];
  const lemmas = out.call(all, its.lemma) as string[];
  const poses = out.call(all, its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<
    [number, number]
  >;

  const tokens: ToneToken[] = [];
  const sentences: Array<[number, number]> = [];
  let offset = 0;
  let sentence = 0;
  let sentenceStart = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const start = offset;
    offset += values[i].length;
    while (sentence < spans.length && i > spans[sentence][1]) {
      sentences.push([sentenceStart, tokens.length]);
      sentenceStart = tokens.length;
      sentence++;
    }
    if (poses[i] !== 'SPACE') {
      const dialect = DIALECT.get(norms[i]);
      tokens.push({
        start,
        end: offset,
        text: values[i],
        norm: dialect ?? norms[i],
        lemma: dialect ?? lemmas[i],
        pos: poses[i],
        sentence: sentences.length,
        capital: /^[A-Z][a-z]/.test(text.slice(start, offset)),
      });
    }
  }
  sentences.push([sentenceStart, tokens.length]);
  for (const [first, end] of sentences) {
    let k = first;
    while (k < end && tokens[k].pos === 'PUNCT') k++;
    if (k < end && !nameAtStart(tokens, k, end)) tokens[k].capital = false;
  }
  return { tokens, sentences };
}

const valences = new Map<string, number>();
let valenceEngine: Engine | undefined;

/**
 * The sentiment of one word on its own, from wink's English model (its
 * AFINN-165 based lexicon, scaled to -1..1): negative for "sloppy",
 * "reckless", "useless"; 0 for words it does not know. Cached per word.
 *
 * @internal
 */
export function valence(word: string): number {
  let v = valences.get(word);
  if (v === undefined) {
    // A second instance over the same model, with only the sentiment step,
    // so the analysis of every check stays as light as before.
    valenceEngine ??= winkNLP(model, ['sentiment']);
    const nlp = valenceEngine;
    v = Number(nlp.readDoc(word).out(nlp.its.sentiment)) || 0;
    valences.set(word, v);
  }
  return v;
}
