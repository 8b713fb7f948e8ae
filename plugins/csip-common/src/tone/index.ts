export {
  toneCategorySchema,
  toneFindingSchema,
  TONE_TEXT_MAX_LENGTH,
  toneCheckRequestSchema,
  toneCheckResponseSchema,
  TONE_CATEGORY_LABELS,
} from './toneSchema';
export type {
  ToneCategory,
  ToneFinding,
  ToneCheckRequest,
  ToneCheckResponse,
} from './toneSchema';
export { TONE_PHRASES, TONE_ALLOW_LIST } from './tonePhrases';
export type { TonePhrase } from './tonePhrases';
export { checkTone, applySuggestion } from './checkTone';
export type { ToneOptions } from './checkTone';
export {
  toneConfigProblems,
  toneExtraPhraseSchema,
  toneConfigSchema,
  DEFAULT_TONE_CONFIG,
} from './toneConfig';
export type { ToneConfig } from './toneConfig';
export { preloadToneModel } from './toneNlp';
