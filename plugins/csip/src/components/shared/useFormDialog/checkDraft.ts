import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import type {
  FieldError,
  FieldValues,
  ResolverOptions,
  ResolverResult,
} from 'react-hook-form';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';

/** A zod 4 schema of a request body, such as the common `programmeCreateSchema`. */
export type BodySchema<Body> = { _zod: { input: unknown; output: Body } };

/** How a form's values are checked before anything is sent. */
export type DraftChecks<Draft extends FieldValues, Body> = {
  /**
   * The common schema the body is parsed with; the parsed body is what is
   * sent. Without one, the values themselves are sent.
   */
  schema?: BodySchema<Body>;
  /** The body to parse, from the form's values; the values when not given. */
  toBody?: (draft: Draft) => unknown;
  /** How zod words its issues; `formParseParams` when not given. */
  parseParams?: typeof formParseParams;
  /**
   * Further problems, or the schema's worded for this form: `found` holds
   * the schema's messages by field path (`members.0.userRef`), to add to or
   * change.
   */
  check?: (draft: Draft, found: FieldErrors) => void;
};

/**
 * The messages of react-hook-form's nested errors, by dotted field path.
 * An array's own message (kept under `root` or beside its items) is under
 * the array's path.
 */
export function flattenErrors(
  errors: object,
  prefix = '',
  found: FieldErrors = {},
): FieldErrors {
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || key === 'types' || !value || typeof value !== 'object')
      continue;
    let field = prefix ? `${prefix}.${key}` : key;
    if (key === 'root') field = prefix;
    if (typeof value.message === 'string') found[field] ??= value.message;
    flattenErrors(value, field, found);
  }
  return found;
}

/**
 * zodResolver's messages worded like the rest of the form's, as
 * `fieldErrors` words a failed parse (it reads each issue's path and
 * message).
 */
function inFormWords(found: FieldErrors): FieldErrors {
  const issues = Object.entries(found).map(([field, message]) => ({
    path: field.split('.'),
    message,
  }));
  return fieldErrors({ issues } as unknown as Parameters<
    typeof fieldErrors
  >[0]);
}

/**
 * Checks a form's values as a react-hook-form resolver: the body is parsed
 * with `zodResolver(schema, parseParams)`, its messages worded for people
 * (`fieldErrors`), then `check` adds the form's own. The parsed body is the
 * result when nothing was found.
 */
export async function checkDraft<Draft extends FieldValues, Body>(
  {
    schema,
    toBody,
    parseParams = formParseParams,
    check,
  }: DraftChecks<Draft, Body>,
  draft: Draft,
  options: ResolverOptions<Draft>,
): Promise<ResolverResult<Draft, Body>> {
  let found: FieldErrors = {};
  let body = draft as unknown as Body;
  if (schema) {
    const resolve = zodResolver(
      schema as unknown as { _zod: { input: FieldValues; output: Body } },
      parseParams,
    );
    const parsed = await resolve(
      (toBody ? toBody(draft) : draft) as FieldValues,
      undefined,
      options as unknown as ResolverOptions<FieldValues>,
    );
    if (Object.keys(parsed.errors).length) {
      found = inFormWords(flattenErrors(parsed.errors));
    } else {
      body = parsed.values as Body;
    }
  }
  check?.(draft, found);
  if (Object.keys(found).length === 0) return { values: body, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const [field, message] of Object.entries(found)) {
    errors[field] = { type: 'validate', message };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
}
