import { z } from 'zod';
import { flagRepeats } from './flagRepeats';

describe('flagRepeats', () => {
  const schema = z
    .array(z.object({ id: z.string().optional() }))
    .superRefine((items, ctx) => {
      flagRepeats(ctx, items, {
        key: item => item.id,
        path: index => [index, 'id'],
        message: item => `${item.id} is listed twice`,
      });
    });

  it('flags every repeat after the first, at its own index', () => {
    const result = schema.safeParse([
      { id: 'a' },
      { id: 'b' },
      { id: 'a' },
      { id: 'a' },
    ]);
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map(i => [i.path.join('.'), i.message]),
    ).toEqual([
      ['2.id', 'a is listed twice'],
      ['3.id', 'a is listed twice'],
    ]);
  });

  it('passes over items without a key', () => {
    expect(schema.safeParse([{}, {}, { id: 'a' }]).success).toBe(true);
  });

  it('returns the keys it saw', () => {
    const ctx = { addIssue: jest.fn() } as unknown as z.RefinementCtx;
    const keys = flagRepeats(ctx, ['x', 'y', 'x'], {
      key: s => s,
      path: index => [index],
      message: s => s,
    });
    expect([...keys]).toEqual(['x', 'y']);
  });
});
