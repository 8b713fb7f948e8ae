import { z } from 'zod';
import { hasControlCharacters } from './safeText';

/**
 * The largest value of a PostgreSQL `integer` column (2^31 − 1); SQLite
 * stores more, PostgreSQL answers a larger value with an error, so no
 * request may carry one.
 *
 * @public
 */
export const INTEGER_MAX = 2_147_483_647;

/**
 * The longest entity reference the database stores (`varchar(255)`).
 *
 * @public
 */
export const ENTITY_REF_MAX_LENGTH = 255;

/**
 * The longest id of a process in the maturity model (such as `change`).
 *
 * @public
 */
export const PROCESS_ID_MAX_LENGTH = 64;

/**
 * The longest timestamp stored (`varchar(30)`), e.g. `2026-11-23T10:00:00.000Z`.
 *
 * @public
 */
export const TIMESTAMP_MAX_LENGTH = 30;

/**
 * A whole number from `min` to `max` (at most {@link INTEGER_MAX}, so that it
 * fits a PostgreSQL `integer`). JSON numbers only: strings, floats,
 * `Infinity` and `null` are refused.
 *
 * @public
 */
export function boundedInt(options: { min: number; max?: number }) {
  const { min, max = INTEGER_MAX } = options;
  return z
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(Math.min(max, INTEGER_MAX), {
      message: `must be at most ${Math.min(max, INTEGER_MAX)}`,
    });
}

/**
 * A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30), and
 * nothing else: no time, no offset, no expanded years.
 *
 * @public
 */
export const isoDateSchema = z.iso.date({
  message: 'must be a date written YYYY-MM-DD',
});

/**
 * A UTC timestamp such as `2026-11-23T10:00:00.000Z` (as
 * `Date.prototype.toISOString` writes it), at most 30 characters.
 *
 * @public
 */
export const isoTimestampSchema = z.iso
  .datetime({
    message: 'must be a UTC timestamp such as 2026-11-23T10:00:00.000Z',
  })
  .max(TIMESTAMP_MAX_LENGTH, {
    message: `must be at most ${TIMESTAMP_MAX_LENGTH} characters`,
  });

/**
 * The format of ids this API hands out (UUIDs) and the ids it has ever
 * accepted in a path: letters, digits, `-` and `_`, at most 36 characters.
 *
 * @public
 */
export const PATH_ID_PATTERN = /^[A-Za-z0-9_-]{1,36}$/;

/**
 * A `:id` path parameter: 1–36 letters, digits, `-` or `_`. Anything else
 * (a NUL, a slash, 300 characters) is bad input, never looked up.
 *
 * @public
 */
export const pathIdSchema = z
  .string()
  .max(36, { message: 'must be at most 36 characters' })
  .refine(id => !hasControlCharacters(id), {
    message: 'must not contain control characters',
  })
  .regex(PATH_ID_PATTERN, {
    message: 'must be an id of letters, digits, - and _',
  });

/**
 * A positive whole-number path parameter such as a scope version number:
 * plain decimal digits without sign, leading zero, exponent or hex prefix
 * (`0x1`, `1e3`, `-1`, `01` are refused), at most {@link INTEGER_MAX}.
 *
 * @public
 */
export const pathNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, {
    message: 'must be a positive whole number written in decimal digits',
  })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .max(INTEGER_MAX, { message: `must be at most ${INTEGER_MAX}` }),
  );

/**
 * A zero-based position path parameter such as a suggestion's index in its
 * review: plain decimal digits (`0`, `1`, … never `01`, `-1` or `1e3`), at
 * most 999.
 *
 * @public
 */
export const pathIndexSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,2})$/, {
    message: 'must be a position from 0 to 999 written in decimal digits',
  })
  .transform(Number);
