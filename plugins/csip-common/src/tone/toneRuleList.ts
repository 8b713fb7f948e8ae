import { BLAME_RULES } from './rules/blameRules';
import { CERTAINTY_RULES } from './rules/certaintyRules';
import { COMMAND_RULES } from './rules/commandRules';
import { FORMAL_RULES } from './rules/formalRules';
import { HABIT_RULES } from './rules/habitRules';
import { IDIOM_RULES } from './rules/idiomRules';
import { LABEL_RULES } from './rules/labelRules';
import { LOADED_VERB_RULES } from './rules/loadedVerbRules';
import { MOTIVE_RULES } from './rules/motiveRules';
import { PATTERN_SIGNAL_RULES } from './rules/patternSignalRules';
import { SWEEP_RULES } from './rules/sweepRules';
import { VERB_FORM_RULES } from './rules/verbFormRules';
import type { ToneRule } from './toneRules';

/**
 * The multi-word rules, written in the pattern language of
 * `tonePatterns.ts`, one file per kind under `rules/`. Words match by lemma,
 * so "care" covers "cares", "cared" and "caring", and "do @NOT" covers
 * "don't", "doesn't", "did not".
 *
 * @internal
 */
export const TONE_RULES: readonly ToneRule[] = [
  ...CERTAINTY_RULES,
  ...COMMAND_RULES,
  ...HABIT_RULES,
  ...BLAME_RULES,
  ...LOADED_VERB_RULES,
  ...LABEL_RULES,
  ...SWEEP_RULES,
  ...MOTIVE_RULES,
  ...PATTERN_SIGNAL_RULES,
  ...VERB_FORM_RULES,
  ...FORMAL_RULES,
  ...IDIOM_RULES,
];
