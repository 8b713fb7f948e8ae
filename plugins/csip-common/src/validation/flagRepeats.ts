import type { z } from 'zod';

/**
 * In a `superRefine`: adds an issue for every item whose key an earlier
 * item already has, at `path(index)` and saying `message(item)`. Items
 * without a key (`undefined`) are passed over. Returns every key seen.
 */
export function flagRepeats<T, K>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  options: {
    key: (item: T) => K | undefined;
    path: (index: number) => (string | number)[];
    message: (item: T) => string;
  },
): Set<K> {
  const seen = new Set<K>();
  items.forEach((item, index) => {
    const key = options.key(item);
    if (key === undefined) return;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        message: options.message(item),
        path: options.path(index),
      });
    }
    seen.add(key);
  });
  return seen;
}
