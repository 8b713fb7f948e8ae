import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  DEFAULT_INSERT_BATCH_LIMITS,
  insertBatches,
  insertInBatches,
} from './insertInBatches';

jest.setTimeout(60_000);

const rowsOf = (count: number, columns: number) =>
  Array.from({ length: count }, (_, i) =>
    Object.fromEntries(
      Array.from({ length: columns }, (__, c) => [`c${c}`, `${i}-${c}`]),
    ),
  );

describe('insertBatches', () => {
  it('keeps every row, in order, in batches of at most the row limit', () => {
    const rows = rowsOf(250, 2);
    const batches = [...insertBatches(rows, { rows: 100, bindings: 10_000 })];
    expect(batches.map(b => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(rows);
  });

  it('counts bound values as rows times columns', () => {
    const batches = [
      ...insertBatches(rowsOf(100, 20), { rows: 100, bindings: 900 }),
    ];
    // 45 rows of 20 columns bind 900 values.
    expect(batches.map(b => b.length)).toEqual([45, 45, 10]);
    for (const batch of batches) {
      expect(batch.length * 20).toBeLessThanOrEqual(900);
    }
  });

  it('counts every column any row of the batch sets', () => {
    const rows = [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { a: 5 }];
    // Four columns across the first four rows would bind 16 values.
    const batches = [...insertBatches(rows, { rows: 10, bindings: 9 })];
    expect(batches).toEqual([
      [{ a: 1 }, { b: 2 }, { c: 3 }],
      [{ d: 4 }, { a: 5 }],
    ]);
  });

  it('puts a row wider than the limit on its own, and nothing for no rows', () => {
    expect([...insertBatches(rowsOf(2, 5), { rows: 10, bindings: 3 })]).toEqual(
      [[rowsOf(2, 5)[0]], [rowsOf(2, 5)[1]]],
    );
    expect([...insertBatches([])]).toEqual([]);
  });

  it('takes rows from a generator one batch at a time', () => {
    let made = 0;
    function* rows() {
      for (let n = 0; n < 1_000; n++) {
        made += 1;
        yield { n };
      }
    }
    const batches = insertBatches(rows());
    expect(batches.next().value).toHaveLength(100);
    // The first row of the next batch was needed to close this one.
    expect(made).toBe(101);
    expect([...batches].flat()).toHaveLength(900);
  });

  it('stays within SQLite and PostgreSQL by default', () => {
    const { rows, bindings } = DEFAULT_INSERT_BATCH_LIMITS;
    expect(rows).toBeLessThan(500);
    expect(bindings).toBeLessThan(999);
  });
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('insertInBatches on %s', id => {
  it('writes thousands of rows that one insert could not', async () => {
    const knex = await databases.init(id);
    await knex.schema.createTable('insert_batches_test', table => {
      table.integer('n').primary();
      table.string('a');
      table.string('b');
    });
    const rows = Array.from({ length: 2_500 }, (_, n) => ({
      n,
      a: `a${n}`,
      b: `b${n}`,
    }));
    // One statement: too many terms for SQLite, fine for PostgreSQL.
    const single = await knex('insert_batches_test')
      .insert(rows)
      .then(
        () => 'written',
        (error: Error) => error.message,
      );
    expect(single).toMatch(
      id === 'SQLITE_3'
        ? /too many terms in compound SELECT|too many SQL variables/
        : /^written$/,
    );
    await knex('insert_batches_test').delete();
    const statements = await knex.transaction(tx =>
      insertInBatches(tx, 'insert_batches_test', rows),
    );
    expect(statements).toBe(25);
    const [{ count }] = await knex('insert_batches_test').count({
      count: '*',
    });
    expect(Number(count)).toBe(2_500);
    expect(
      await knex('insert_batches_test').where({ n: 1_234 }).first(),
    ).toEqual({ n: 1_234, a: 'a1234', b: 'b1234' });
    expect(await insertInBatches(knex, 'insert_batches_test', [])).toBe(0);
  });

  it('writes nothing when a batch fails inside a transaction', async () => {
    const knex = await databases.init(id);
    await knex.schema.createTable('insert_batches_test', table => {
      table.integer('n').primary();
    });
    const rows = Array.from({ length: 300 }, (_, n) => ({ n }));
    rows.push({ n: 5 });
    await expect(
      knex.transaction(tx => insertInBatches(tx, 'insert_batches_test', rows)),
    ).rejects.toThrow();
    const [{ count }] = await knex('insert_batches_test').count({
      count: '*',
    });
    expect(Number(count)).toBe(0);
  });
});
