import type { z } from 'zod';

/**
 * One invalid field of a request.
 *
 * @public
 */
export type FieldIssue = {
  /** Dotted path of the field, e.g. `members.0.userRef`. */
  field: string;
  message: string;
};

/**
 * Turns a zod error into a list of offending fields, one entry per issue.
 *
 * @public
 */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map(issue => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/**
 * A one-line message naming every offending field, used as the text of a 400.
 *
 * @public
 */
export function formatIssues(prefix: string, error: z.ZodError): string {
  const parts = describeIssues(error).map(i => `${i.field}: ${i.message}`);
  return `${prefix}: ${parts.join('; ')}`;
}
