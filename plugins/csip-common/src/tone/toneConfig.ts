import { z } from 'zod';
import { checkTone } from './checkTone';
import { toneCategorySchema } from './toneSchema';

const WORD = /[\p{L}\p{N}]/u;

/**
 * One phrase an admin adds to the tone guide under `csip.tone.extraPhrases`:
 * matched case-insensitively as whole words, in the same categories as the
 * built-in rules.
 *
 * @public
 */
export const toneExtraPhraseSchema = z.object({
  phrase: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(WORD, 'must contain a letter or digit'),
  category: toneCategorySchema,
  suggestion: z.string().trim().max(200),
  why: z.string().trim().min(1).max(300).optional(),
});

/**
 * The portal's additions to the tone guide (`csip.tone` in app-config),
 * served to the editor by `GET /tone/config` so that the editor and
 * `POST /tone/check` give the same findings.
 *
 * @public
 */
export const toneConfigSchema = z.object({
  /** Phrases to flag on top of the built-in rules. */
  extraPhrases: z.array(toneExtraPhraseSchema).max(500).default([]),
  /** Terms never to flag, such as a team's own metric names. */
  allow: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(100)
        .regex(WORD, 'must contain a letter or digit'),
    )
    .max(500)
    .default([]),
});

/** @public */
export type ToneConfig = z.infer<typeof toneConfigSchema>;

/** The tone configuration of a portal that configures nothing. @public */
export const DEFAULT_TONE_CONFIG: ToneConfig = Object.freeze({
  extraPhrases: [],
  allow: [],
}) as ToneConfig;

/**
 * Problems of a tone configuration that its schema cannot see: a phrase
 * listed twice, a phrase that is also allow-listed (it could never be
 * found), or a suggestion that would itself be flagged (applying it would
 * leave a finding). Empty when the configuration is usable.
 *
 * @public
 */
export function toneConfigProblems(config: ToneConfig): string[] {
  const problems: string[] = [];
  const key = (s: string) => s.toLocaleLowerCase('en-US').replace(/\s+/g, ' ');
  const seen = new Map<string, number>();
  const allowed = new Set(config.allow.map(key));
  config.extraPhrases.forEach(({ phrase, suggestion }, i) => {
    const k = key(phrase);
    const first = seen.get(k);
    if (first !== undefined) {
      problems.push(
        `extraPhrases[${i}].phrase: '${phrase}' is already listed at extraPhrases[${first}]`,
      );
    } else {
      seen.set(k, i);
    }
    if (allowed.has(k)) {
      problems.push(
        `extraPhrases[${i}].phrase: '${phrase}' is also in allow, so it would never be flagged`,
      );
    }
    const flagged = checkTone(suggestion, config);
    if (flagged.length > 0) {
      problems.push(
        `extraPhrases[${i}].suggestion: '${suggestion}' would itself be flagged ('${flagged[0].phrase}', ${flagged[0].category})`,
      );
    }
  });
  return problems;
}
