import { InputError } from '@backstage/errors';

/** Where the next page starts, in the list's own order. */
type Cursor = { offset: number };

/**
 * The opaque `cursor` of a list page.
 *
 * @internal
 */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/**
 * The position a `cursor` from {@link encodeCursor} stands for; InputError
 * for anything else.
 *
 * @internal
 */
export function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Within a PostgreSQL integer: a larger offset is a database error there.
    if (
      Number.isInteger(value?.offset) &&
      value.offset >= 0 &&
      value.offset <= 2_147_483_647
    ) {
      return value;
    }
  } catch {
    // fall through
  }
  throw new InputError('Invalid query: cursor: is not a cursor from this API');
}
