import { InputError } from '@backstage/errors';

/** A sort key's value, as a cursor carries it. @internal */
export type CursorKey = string | number | null;

/**
 * Where the next page starts, in the list's own order (keyset
 * pagination): the sort and order the page was listed in, the last row's
 * sort key and id, and for sorts whose key can be missing (a programme
 * without a status, without a summit) whether the walk has reached the
 * rows without one (`tail`). Never an offset: a page costs the same at
 * any depth, and rows added or removed ahead of the cursor neither repeat
 * nor skip one behind it.
 *
 * @internal
 */
export type Cursor = {
  sort: string;
  order: 'asc' | 'desc';
  key: CursorKey;
  id: string;
  tail?: true;
};

/**
 * The opaque `cursor` of a list page.
 *
 * @internal
 */
export function encodeCursor(cursor: Cursor): string {
  const value = [
    cursor.sort,
    cursor.order,
    cursor.key,
    cursor.id,
    ...(cursor.tail ? [1] : []),
  ];
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

const invalid = () =>
  new InputError('Invalid query: cursor: is not a cursor from this API');

/**
 * The position a `cursor` from {@link encodeCursor} stands for, checked
 * against the sort and order it is used with; InputError for anything
 * else.
 *
 * @internal
 */
export function decodeCursor(
  cursor: string,
  expected: { sort: string; order: 'asc' | 'desc' },
): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length < 4 || value.length > 5) {
    throw invalid();
  }
  const [sort, order, key, id, tail] = value;
  const keyOk =
    key === null ||
    (typeof key === 'string' && key.length <= 300) ||
    (typeof key === 'number' && Number.isFinite(key));
  if (
    typeof sort !== 'string' ||
    (order !== 'asc' && order !== 'desc') ||
    !keyOk ||
    typeof id !== 'string' ||
    id.length > 36 ||
    (tail !== undefined && tail !== 1)
  ) {
    throw invalid();
  }
  if (sort !== expected.sort || order !== expected.order) {
    throw new InputError(
      `Invalid query: cursor: is a cursor of the ${sort} ${order} order, not of ${expected.sort} ${expected.order}; start again without it`,
    );
  }
  return { sort, order, key, id, ...(tail === 1 && { tail: true }) };
}
