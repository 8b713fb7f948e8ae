import { JUDGEMENTAL_CORPUS } from './judgementalCorpus';
import { NEUTRAL_CORPUS } from './neutralCorpus';

/**
 * The split of the evaluation corpus into a development part (about two
 * thirds, used while writing rules) and a held-out part (about one third,
 * only ever measured as a whole). Fixed before any rule was tuned: a
 * sentence is held out when the FNV-1a 32-bit hash of its exact text is
 * divisible by 3. The split depends on the text alone, so adding or moving
 * sentences never moves another sentence between the parts.
 */
export type CorpusPart = 'development' | 'held-out';

export type CorpusSentence = {
  text: string;
  /** The group the sentence is listed under, such as `certainty`. */
  kind: string;
  judgemental: boolean;
  part: CorpusPart;
};

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function corpusPart(text: string): CorpusPart {
  return fnv1a(text) % 3 === 0 ? 'held-out' : 'development';
}

function flatten(
  groups: Readonly<Record<string, readonly string[]>>,
  judgemental: boolean,
): CorpusSentence[] {
  return Object.entries(groups).flatMap(([kind, texts]) =>
    texts.map(text => ({ text, kind, judgemental, part: corpusPart(text) })),
  );
}

/** Every sentence of the evaluation corpus, judgemental ones first. */
export const TONE_EVALUATION_CORPUS: readonly CorpusSentence[] = [
  ...flatten(JUDGEMENTAL_CORPUS, true),
  ...flatten(NEUTRAL_CORPUS, false),
];
