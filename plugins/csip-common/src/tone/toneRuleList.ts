import { BLAME_RULES } from './rules/blameRules';
import { CERTAINTY_RULES } from './rules/certaintyRules';
import { COMMAND_RULES } from './rules/commandRules';
import { FORMAL_RULES } from './rules/formalRules';
import { HABIT_RULES } from './rules/habitRules';
import { IDIOM_CERTAINTY_RULES } from './rules/idiomCertaintyRules';
import { LABEL_RULES } from './rules/labelRules';
import { LOADED_VERB_RULES } from './rules/loadedVerbRules';
import { MOTIVE_RULES } from './rules/motiveRules';
import { POLITENESS_RULES } from './rules/politenessRules';
import { HABIT_SIGNAL_RULES } from './rules/habitSignalRules';
import { ORDER_RULES } from './rules/orderRules';
import { SWEEP_SIGNAL_RULES } from './rules/sweepSignalRules';
import { ROUGH_WORK_RULES } from './rules/roughWorkRules';
import { SWEEP_RULES } from './rules/sweepRules';
import { THREAT_RULES } from './rules/threatRules';
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
  ...HABIT_SIGNAL_RULES,
  ...ORDER_RULES,
  ...SWEEP_SIGNAL_RULES,
  ...VERB_FORM_RULES,
  ...FORMAL_RULES,
  ...THREAT_RULES,
  ...IDIOM_CERTAINTY_RULES,
  ...POLITENESS_RULES,
  ...ROUGH_WORK_RULES,
];
