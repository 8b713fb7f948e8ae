import { z } from 'zod';

/**
 * Characters no text field accepts: C0 control characters other than tab,
 * line feed and carriage return (NUL among them, which PostgreSQL refuses to
 * store), DEL, C1 control characters, and lone UTF-16 surrogates (which are
 * not valid Unicode and would be stored as replacement characters).
 */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

/**
 * The message of a text that holds a control character.
 *
 * @public
 */
export const CONTROL_CHARACTERS_MESSAGE =
  'must not contain control characters (only tab and line breaks are allowed)';

/**
 * True when the text holds a character no text field accepts: a control
 * character other than tab, line feed or carriage return, or a lone
 * surrogate.
 *
 * @public
 */
export function hasControlCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTERS.test(text);
}

/** @public */
export type SafeTextOptions = {
  /** The longest text accepted, in characters (UTF-16 code units), after trimming. */
  max: number;
  /** The shortest text accepted after trimming; 0 unless told. */
  min?: number;
  /** Trim surrounding whitespace first (the default); `false` keeps offsets intact. */
  trim?: boolean;
};

/**
 * A text field that both databases store the same way: no NUL or other
 * control characters (newline, tab and carriage return are fine), at most
 * `max` characters (never more than the column holds), optionally at least
 * `min`. Every string a request can store or search with is one of these,
 * so that SQLite and PostgreSQL answer bad text with the same 400.
 *
 * @public
 */
export function safeText(options: SafeTextOptions) {
  const { max, min = 0, trim = true } = options;
  let schema = trim ? z.string().trim() : z.string();
  if (min > 0) {
    schema = schema.min(min, {
      message:
        min === 1 ? 'must not be empty' : `must be at least ${min} characters`,
    });
  }
  return schema
    .max(max, { message: `must be at most ${max} characters` })
    .refine(text => !hasControlCharacters(text), {
      message: CONTROL_CHARACTERS_MESSAGE,
    });
}
