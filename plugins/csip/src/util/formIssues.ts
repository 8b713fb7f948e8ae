import {
  describeIssues,
  programmeCreateSchema,
} from '@csip-coach/plugin-csip-common';

type ParseParams = NonNullable<
  Parameters<typeof programmeCreateSchema.safeParse>[1]
>;

/**
 * Parse options that word zod's generic issues for people filling in a form
 * ("Required" rather than "Too small: expected string to have >=1
 * characters"). Messages the common schemas set themselves are kept.
 */
export const formParseParams: ParseParams = {
  error: issue => {
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return issue.minimum === 1
        ? 'Required'
        : `Use at least ${issue.minimum} characters`;
    }
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return `Use at most ${issue.maximum} characters`;
    }
    if (issue.code === 'too_big' && issue.origin === 'array') {
      return `Add at most ${issue.maximum}`;
    }
    if (issue.code === 'invalid_value' || issue.code === 'invalid_type') {
      return issue.input === undefined || issue.input === ''
        ? 'Required'
        : undefined;
    }
    return undefined;
  },
};

/** Field path (such as `members.0.userRef`) to the first message about it. */
export type FieldErrors = Record<string, string>;

/**
 * The common schemas' own messages about a text's length (`safeText`),
 * worded like the form's other messages.
 */
const LENGTH_MESSAGES: Array<[RegExp, (found: RegExpExecArray) => string]> = [
  [/^must not be empty$/, () => 'Required'],
  [
    /^must be at least (\d+) characters$/,
    f => `Use at least ${f[1]} characters`,
  ],
  [/^must be at most (\d+) characters$/, f => `Use at most ${f[1]} characters`],
];

function inFormWords(message: string): string {
  for (const [pattern, word] of LENGTH_MESSAGES) {
    const found = pattern.exec(message);
    if (found) return word(found);
  }
  return message;
}

/** The issues of a failed parse, one message per field. */
export function fieldErrors(
  error: Parameters<typeof describeIssues>[0],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of describeIssues(error)) {
    errors[field] ??= inFormWords(message);
  }
  return errors;
}
