#!/usr/bin/env node
// The floor the product is measured against: a bare node:http server that
// answers GET /api/csip/programmes?… by running the product's own SQL on
// the product's database with the bare driver (better-sqlite3 or pg) and
// mapping the rows with the product's own toSummary. No auth, no express,
// no knex on the request path.
//
// The SQL is the product's: the first request for a query string runs the
// product's DatabaseProgrammeStore.listProgrammes (bundled from the sources
// by productCode.mjs) on a knex client and records the SQL and bindings knex
// sends to the driver; every later request for that query string sends that
// SQL straight to the driver. The page's nextCursor is the one the product
// computed for the same query (the data does not change during the bench).
//
// Environment: BENCH_BASELINE_PORT, BENCH_BASELINE_ENGINE (sqlite | pg),
// BENCH_BASELINE_DB (the SQLite file, or the PostgreSQL connection string of
// the plugin's database), BENCH_PRODUCT_CODE (the bundle). Prints
// `baseline listening on <port>` when it is ready.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadProductCode } from './productCode.mjs';

const require = createRequire(import.meta.url);
const port = Number(process.env.BENCH_BASELINE_PORT ?? 7301);
const engine = process.env.BENCH_BASELINE_ENGINE ?? 'sqlite';
const db = process.env.BENCH_BASELINE_DB;
const { DatabaseProgrammeStore, toSummary, programmeListQuerySchema } =
  loadProductCode(process.env.BENCH_PRODUCT_CODE);

const knex =
  engine === 'sqlite'
    ? require('knex')({
        client: 'better-sqlite3',
        connection: { filename: db, options: { readonly: true } },
        useNullAsDefault: true,
      })
    : require('knex')({
        client: 'pg',
        connection: db,
        pool: { min: 0, max: 1 },
      });

/** Runs `sql` with `bindings` on the bare driver; resolves to the rows. */
let run;
if (engine === 'sqlite') {
  const Database = require('better-sqlite3');
  const conn = new Database(db, { readonly: true });
  const statements = new Map();
  run = (sql, bindings) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      statements.set(sql, statement);
    }
    return statement.all(bindings);
  };
} else {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: db, max: 10 });
  run = async (sql, bindings) =>
    (await pool.query({ text: sql, values: bindings })).rows;
}

/** Query string → { queries: [{ sql, bindings }], limit, nextCursor }. */
const plans = new Map();
let capturing = Promise.resolve();

function plan(search) {
  let p = plans.get(search);
  if (!p) {
    p = capturing = capturing.then(() => capture(search));
    plans.set(search, p);
  }
  return p;
}

async function capture(search) {
  const query = programmeListQuerySchema.parse(
    Object.fromEntries(new URLSearchParams(search)),
  );
  const queries = [];
  const listener = q => queries.push({ sql: q.sql, bindings: q.bindings });
  knex.on('query', listener);
  let page;
  try {
    page = await new DatabaseProgrammeStore(knex).listProgrammes(query, {
      all: true,
    });
  } finally {
    knex.off('query', listener);
  }
  return { queries, limit: query.limit, nextCursor: page.nextCursor };
}

async function answer(search) {
  const p = await plan(search);
  let rows;
  for (const q of p.queries) rows = await run(q.sql, q.bindings);
  return JSON.stringify({
    items: rows.slice(0, p.limit).map(toSummary),
    nextCursor: rows.length > p.limit ? p.nextCursor : undefined,
  });
}

const server = createServer((req, res) => {
  const at = req.url.indexOf('?');
  const path = at < 0 ? req.url : req.url.slice(0, at);
  if (req.method !== 'GET' || path !== '/api/csip/programmes') {
    res.writeHead(404).end();
    return;
  }
  answer(at < 0 ? '' : req.url.slice(at + 1)).then(
    body => {
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    },
    error => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () =>
  console.log(`baseline listening on ${port}`),
);
