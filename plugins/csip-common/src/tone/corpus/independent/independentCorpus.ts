/**
 * Independent evaluation sets: each written by a separate writer (a helper
 * agent with no access to the repository) from the same short brief, in a
 * voice of its own, without ever seeing the rules, the lexicon or the
 * project's own corpus. The brief asked for 20 judgemental sentences of
 * each kind the issue names — other word forms (`forms`), unlisted
 * evaluative words (`evaluative`), judgements of character (`character`),
 * mind-reading and certainty (`mind-reading`), habitual blame and absolutes
 * (`habitual`), commands and shaming (`commands`), sweeping verdicts
 * (`sweeping`) — and 20 neutral coaching sentences of each of `observation`,
 * `itsm-terms` (ITSM terms that look negative), `curious`, `not-yet`,
 * `strengths`, `suggestion` and `reported-speech`, half of the judgemental
 * ones subtle (no obvious loaded word).
 *
 * How each set was used is recorded with it, so the figures stay honest:
 * `atStart` is the checker before this work (as of issue 13's close),
 * `firstLook` the checker at the moment the set arrived — before any rule
 * was written with that set in view. Sets with `usedInDevelopment` were
 * then read for misses; their later figures are development figures, not
 * evidence of generalisation. Sets without it were measured once.
 *
 * Not exported from the package.
 */

/** Recall on the judgemental and false-alarm rate on the neutral sentences. */
export type IndependentFigures = { recall: number; falseAlarmRate: number };

/** One writer's set. */
export type IndependentCorpus = {
  writer: string;
  voice: string;
  firstMeasured: { atStart: IndependentFigures; firstLook: IndependentFigures };
  usedInDevelopment: boolean;
  judgemental: Readonly<Record<string, readonly string[]>>;
  neutral: Readonly<Record<string, readonly string[]>>;
};
