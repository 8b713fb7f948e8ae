// The bundle `toneBench.mjs` measures: the checker and a 300-word text.
import { checkTone } from '../src/tone/checkTone';
import { JUDGEMENTAL_CORPUS } from '../src/tone/corpus/judgementalCorpus';
import { NEUTRAL_CORPUS } from '../src/tone/corpus/neutralCorpus';

export { checkTone };

/** 300 words: neutral sentences with about one judgemental in four. */
export function text300(): string {
  const neutral = Object.values(NEUTRAL_CORPUS).flat();
  const judgemental = Object.values(JUDGEMENTAL_CORPUS).flat();
  const words: string[] = [];
  for (let i = 0; words.length < 300; i++) {
    const sentence =
      i % 4 === 3
        ? judgemental[(i * 7) % judgemental.length]
        : neutral[(i * 5) % neutral.length];
    words.push(...sentence.split(/\s+/));
  }
  return words.slice(0, 300).join(' ');
}
