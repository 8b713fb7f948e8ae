import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { tuneSqliteConnections } from './tuneSqliteConnections';

/** The raw better-sqlite3 connection of a one-connection knex. */
async function rawConnection(knex: Knex) {
  const connection = await knex.client.acquireConnection();
  await knex.client.releaseConnection(connection);
  return connection as {
    prepare(sql: string): unknown;
    pragma(sql: string, options: { simple: true }): unknown;
  };
}

describe('tuneSqliteConnections', () => {
  let dir: string;
  const opened: Knex[] = [];

  function sqlite(filename: string) {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
    });
    opened.push(knex);
    return knex;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'csip-tune-'));
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map(k => k.destroy()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts a file database in write-ahead-log mode with synchronous FULL', async () => {
    const knex = sqlite(join(dir, 'a.sqlite'));
    tuneSqliteConnections(knex);
    await knex.raw('select 1');
    const connection = await rawConnection(knex);
    expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL: every commit is synced, through a power cut too.
    expect(connection.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('leaves an in-memory database in its own mode', async () => {
    const knex = sqlite(':memory:');
    tuneSqliteConnections(knex);
    await knex.raw('select 1');
    const connection = await rawConnection(knex);
    expect(connection.pragma('journal_mode', { simple: true })).toBe('memory');
  });

  it('hands out the same statement for the same SQL, and gives right answers', async () => {
    const knex = sqlite(join(dir, 'b.sqlite'));
    tuneSqliteConnections(knex);
    await knex.schema.createTable('t', table => {
      table.integer('id').primary();
      table.text('v');
    });
    for (let i = 0; i < 20; i++) await knex('t').insert({ id: i, v: `v${i}` });
    for (let i = 0; i < 20; i++) {
      expect(await knex('t').where({ id: i }).first()).toEqual({
        id: i,
        v: `v${i}`,
      });
    }
    const connection = await rawConnection(knex);
    const sql = 'select * from `t` where `id` = ? limit ?';
    expect(connection.prepare(sql)).toBe(connection.prepare(sql));
    // Inside a transaction, on the same connection, too.
    await knex.transaction(async tx => {
      await tx('t').where({ id: 3 }).update({ v: 'three' });
      expect(await tx('t').where({ id: 3 }).first()).toEqual({
        id: 3,
        v: 'three',
      });
    });
  });

  it('keeps at most `statements` statements, dropping the least recently used', async () => {
    const knex = sqlite(join(dir, 'c.sqlite'));
    tuneSqliteConnections(knex, { statements: 2 });
    await knex.raw('select 1');
    const connection = await rawConnection(knex);
    const a = connection.prepare('select 1 as a');
    const b = connection.prepare('select 1 as b');
    expect(connection.prepare('select 1 as a')).toBe(a); // a is now newest
    connection.prepare('select 1 as c'); // drops b
    expect(connection.prepare('select 1 as a')).toBe(a);
    expect(connection.prepare('select 1 as b')).not.toBe(b);
  });

  it('keeps no savepoint statement, each of which knex names anew', async () => {
    const knex = sqlite(join(dir, 'd.sqlite'));
    tuneSqliteConnections(knex, { statements: 1 });
    await knex.raw('select 1');
    const connection = await rawConnection(knex);
    const a = connection.prepare('select 1 as a');
    const savepoint = connection.prepare('SAVEPOINT trx1');
    expect(connection.prepare('SAVEPOINT trx1')).not.toBe(savepoint);
    connection.prepare('RELEASE SAVEPOINT trx1');
    connection.prepare('ROLLBACK TO SAVEPOINT trx2');
    // Still the one kept statement.
    expect(connection.prepare('select 1 as a')).toBe(a);
    // And nested transactions still work.
    const inner = await knex.transaction(tx =>
      tx.transaction(nested => nested.raw('select 2 as n')),
    );
    expect(inner).toEqual([{ n: 2 }]);
  });

  it('gives a query that sets safeIntegers a statement of its own', async () => {
    const knex = sqlite(join(dir, 'd.sqlite'));
    tuneSqliteConnections(knex);
    const sql = 'select 9007199254740993 as n';
    expect(
      await knex.raw(sql).options({ safeIntegers: true } as object),
    ).toEqual([{ n: 9007199254740993n }]);
    // The shared statement for the same SQL was not switched to BigInt.
    expect(await knex.raw(sql)).toEqual([{ n: 9007199254740992 }]);
  });

  it('sees a schema change through a kept statement', async () => {
    const knex = sqlite(join(dir, 'e.sqlite'));
    tuneSqliteConnections(knex);
    await knex.schema.createTable('t', table => table.integer('id'));
    await knex('t').insert({ id: 1 });
    expect(await knex('t').select('*')).toEqual([{ id: 1 }]);
    await knex.schema.alterTable('t', table => table.text('v'));
    expect(await knex('t').select('*')).toEqual([{ id: 1, v: null }]);
  });

  it('does nothing on another client', () => {
    const knex = knexFactory({ client: 'pg' });
    opened.push(knex);
    const query = (knex.client as { _query: unknown })._query;
    tuneSqliteConnections(knex);
    expect((knex.client as { _query: unknown })._query).toBe(query);
  });
});
