#!/usr/bin/env node
// `yarn bench`: the portfolio at scale, the product against a bare baseline.
//
// For SQLite, and for PostgreSQL when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
// (or CSIP_BENCH_POSTGRES) is set:
//  1. starts the demo backend (NODE_ENV=production) on a fresh database and
//     seeds it through POST /import (archive.mjs; 4 imports in flight); on
//     PostgreSQL then runs VACUUM ANALYZE, so autovacuum is not at work
//     during the measurements;
//  2. starts baseline.mjs (bare node:http + driver, the product's own SQL) on
//     the same database, checks it answers byte-identical JSON, and loads both
//     in turns (load.mjs, 10 connections) for the portfolio variants;
//  3. measures history depth (maturity, handover, status refresh at 10 vs up
//     to 1,000 reviews per process), publishing reviews, the largest import
//     that round-trips, and the RSS after the start-up status backfill.
// Writes bench-results/latest.json and a timestamped copy; prints a table.
// Figures never fail it; exit 1 only when the bench itself broke.
//
// Usage: yarn bench [--quick] [--programmes N] [--engine sqlite|postgres]
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  PG_URL,
  csipClient,
  dropPgDatabases,
  guestToken,
  pluginDatabase,
  root,
  sleep,
  startBackend,
  statusRowCounts,
  tail,
  uniquePrefix,
} from '../lib/backend.mjs';
import { archiveCounts, makeArchive } from './archive.mjs';
import { load, loadTool, percentile } from './load.mjs';
import { buildProductCode } from './productCode.mjs';
import { buildBackendBundle, removeBackendBundle } from './productBuild.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const flag = name => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const programmes = Number(flag('--programmes') ?? (quick ? 1000 : 10000));
// The same server the backend gets (PG_URL in scripts/lib/backend.mjs).
const pgUrl =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  process.env.CSIP_BENCH_POSTGRES;
const engines = flag('--engine')
  ? [flag('--engine') === 'pg' ? 'postgres' : flag('--engine')]
  : ['sqlite', ...(pgUrl ? ['postgres'] : [])];
const ROUND_SECONDS = quick ? 2 : 5;
const ROUNDS = quick ? 2 : 3;
const PORTS = { sqlite: [7300, 7301], postgres: [7302, 7303] };
const EXTRA_CONFIG = [
  'csip:',
  "  catalogRefCheck: 'off'",
  '  demoData: false',
  'auth:',
  '  providers:',
  '    guest:',
  '      userEntityRef: user:default/guest',
  '      dangerouslyAllowOutsideDevelopment: true',
].join('\n');

const running = new Set();
const log = (...a) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const round1 = x =>
  x === null || x === undefined ? null : Math.round(x * 10) / 10;
const mean = xs =>
  xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;

/** Runs `work(i)` for i < n with `width` in flight; resolves to the failures. */
async function inPool(n, width, work) {
  let next = 0;
  const failures = [];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const i = next++;
        try {
          await work(i);
        } catch (error) {
          failures.push(`${i}: ${error.message}`);
        }
      }
    }),
  );
  return failures;
}

function startBaseline({ port, engine, db, productCode }) {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/bench/baseline.mjs')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        BENCH_BASELINE_PORT: String(port),
        BENCH_BASELINE_ENGINE: engine === 'sqlite' ? 'sqlite' : 'pg',
        BENCH_BASELINE_DB: db,
        BENCH_PRODUCT_CODE: productCode,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const handle = {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise(r => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      running.delete(handle);
    },
    ready: new Promise((resolve, reject) => {
      child.stdout.on('data', d => {
        output += d;
        if (output.includes('baseline listening')) resolve();
      });
      child.stderr.on('data', d => (output += d));
      child.on('exit', code =>
        reject(new Error(`baseline exited ${code}: ${tail(output)}`)),
      );
    }),
  };
  running.add(handle);
  return handle;
}

function trackBackend(options) {
  const backend = startBackend(options);
  const handle = {
    backend,
    stop: async () => {
      await backend.stop();
      running.delete(handle);
    },
  };
  running.add(handle);
  return handle;
}

async function fetchText(url, headers = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, text: await res.text() };
}

function vmRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Times `n` sequential calls of `call(i)` after `warm` warm-ups; ms, in call order. */
async function timeCalls(n, call, warm = 2) {
  for (let i = 0; i < warm; i++) await call(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await call(i);
    times.push(performance.now() - t0);
    if (res.status >= 300)
      throw new Error(`answered ${res.status}: ${res.text.slice(0, 200)}`);
  }
  return times;
}

async function portfolio({ client, product, baseline, token }) {
  const auth = { Authorization: `Bearer ${token}` };
  const variants = {
    first: 'limit=50',
    phase: 'limit=50&phase=implement',
    score: 'limit=50&sort=score',
    overdue: 'limit=50&sort=overdue',
  };
  // The page that starts near row 9,950 (near the end on smaller sets),
  // reached by following the cursors from the first page.
  const hops = Math.floor(Math.max(0, programmes - 50) / 50);
  let cursor;
  for (let page = 0; page < hops; page++) {
    const res = await client.get(
      `/programmes?limit=50${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
    );
    if (res.status !== 200)
      throw new Error(`paging answered ${res.status}: ${res.text}`);
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  variants.deep = cursor
    ? `limit=50&cursor=${encodeURIComponent(cursor)}`
    : 'limit=50';
  const out = {};
  for (const [name, search] of Object.entries(variants)) {
    const productUrl = `${product}/api/csip/programmes?${search}`;
    const baselineUrl = `${baseline}/api/csip/programmes?${search}`;
    const p = await fetchText(productUrl, auth);
    const b = await fetchText(baselineUrl);
    const identical = p.status === 200 && b.status === 200 && p.text === b.text;
    if (!identical) {
      log(
        `${name}: product ${p.status} (${p.text.length} B) and baseline ${b.status} (${b.text.length} B) differ`,
      );
      if (b.status !== 200) log(b.text.slice(0, 500));
    }
    // A short warm-up of each, not counted.
    await load({ url: productUrl, headers: auth, seconds: 1 });
    await load({ url: baselineUrl, seconds: 1 });
    const rounds = { product: [], baseline: [] };
    for (let r = 0; r < ROUNDS; r++) {
      rounds.product.push(
        await load({ url: productUrl, headers: auth, seconds: ROUND_SECONDS }),
      );
      rounds.baseline.push(
        await load({ url: baselineUrl, seconds: ROUND_SECONDS }),
      );
    }
    const avg = (side, key) => mean(rounds[side].map(x => x[key]));
    const productRps = avg('product', 'rps');
    const baselineRps = avg('baseline', 'rps');
    out[name] = {
      productRps: round1(productRps),
      baselineRps: round1(baselineRps),
      ratio: baselineRps
        ? Math.round((productRps / baselineRps) * 1000) / 1000
        : null,
      p50Ms: round1(avg('product', 'p50Ms')),
      p99Ms: round1(avg('product', 'p99Ms')),
      baselineP50Ms: round1(avg('baseline', 'p50Ms')),
      baselineP99Ms: round1(avg('baseline', 'p99Ms')),
      identical,
      productErrors: rounds.product.reduce(
        (s, x) => s + x.errors + x.non2xx,
        0,
      ),
      baselineErrors: rounds.baseline.reduce(
        (s, x) => s + x.errors + x.non2xx,
        0,
      ),
      bytes: p.text.length,
    };
    log(`portfolio ${name}:`, JSON.stringify(out[name]));
  }
  return out;
}

/** Depth: 10 vs up to 1,000 reviews per process; the largest round-trip. */
async function depthAndImport(client) {
  const n = quick ? 20 : 50;
  const shallow = await client.post(
    '/import',
    makeArchive(programmes + 1, { reviewsPerProcess: 10 }),
  );
  if (shallow.status !== 201)
    throw new Error(
      `import of 10 reviews per process answered ${
        shallow.status
      }: ${shallow.text.slice(0, 300)}`,
    );
  const failures = [];
  let deep;
  let largest = 0;
  for (const [j, k] of [1000, 500, 250, 150, 100, 50].entries()) {
    const archive = makeArchive(programmes + 2 + j, { reviewsPerProcess: k });
    const bytes = JSON.stringify(archive).length;
    const res = await client.post('/import', archive);
    if (res.status !== 201) {
      failures.push({
        step: 'import',
        reviewsPerProcess: k,
        bytes,
        status: res.status,
        message: (res.body?.error?.message ?? res.text).slice(0, 200),
      });
      continue;
    }
    if (!deep) deep = { id: res.body.id, reviewsPerProcess: k };
    const exported = await client.get(`/programmes/${res.body.id}/export`);
    if (exported.status !== 200) {
      failures.push({
        step: 'export',
        reviewsPerProcess: k,
        status: exported.status,
        message: exported.text.slice(0, 200),
      });
      continue;
    }
    const again = await client.post('/import', exported.body);
    if (again.status !== 201) {
      failures.push({
        step: 're-import',
        reviewsPerProcess: k,
        bytes: exported.text.length,
        status: again.status,
        message: (again.body?.error?.message ?? again.text).slice(0, 200),
      });
      continue;
    }
    largest = exported.body.reviews.length;
    break;
  }
  for (const f of failures) log('import failure:', JSON.stringify(f));
  // Shallow and deep in turns, call by call, so that drift in the machine's
  // load falls on both alike.
  const ids = deep ? [shallow.body.id, deep.id] : [shallow.body.id];
  const inTurns = async (count, call) => {
    const times = await timeCalls(
      count,
      i => call(ids[i % ids.length]),
      2 * ids.length,
    );
    return ids.map((_, side) =>
      times.filter((_t, i) => i % ids.length === side).sort((x, y) => x - y),
    );
  };
  const maturity = await inTurns(2 * n, id =>
    client.get(`/programmes/${id}/maturity`),
  );
  const handover = await inTurns(2 * n, id =>
    client.get(`/programmes/${id}/handover`),
  );
  const versions = new Map();
  for (const id of ids) {
    versions.set(id, (await client.get(`/programmes/${id}`)).body.version);
  }
  let edits = 0;
  const refresh = await inTurns(2 * Math.ceil(n / 2), async id => {
    const res = await client.patch(`/programmes/${id}`, {
      version: versions.get(id),
      title: `Bench depth ${++edits}`,
    });
    if (res.status === 200) versions.set(id, res.body.version);
    return res;
  });
  const [a, b] = ids.map((_, side) => ({
    maturityMeanMs: mean(maturity[side]),
    handoverMeanMs: mean(handover[side]),
    refreshP50Ms: percentile(refresh[side], 50),
  }));
  const ratio = key => (b ? Math.round((b[key] / a[key]) * 100) / 100 : null);
  const depth = {
    shallowReviewsPerProcess: 10,
    deepReviewsPerProcess: deep?.reviewsPerProcess ?? null,
    maturityRatio: ratio('maturityMeanMs'),
    handoverRatio: ratio('handoverMeanMs'),
    refreshRatio: ratio('refreshP50Ms'),
    shallow: {
      maturityMeanMs: round1(a.maturityMeanMs),
      handoverMeanMs: round1(a.handoverMeanMs),
      refreshP50Ms: round1(a.refreshP50Ms),
    },
    deep: b && {
      maturityMeanMs: round1(b.maturityMeanMs),
      handoverMeanMs: round1(b.handoverMeanMs),
      refreshP50Ms: round1(b.refreshP50Ms),
    },
  };
  return {
    depth,
    imports: {
      largestReviews: largest,
      tried: [1000, 500, 250, 150, 100, 50].map(k => 3 * k),
      failures,
    },
  };
}

async function publishes(client, programmeId) {
  const n = quick ? 30 : 100;
  const times = [];
  const ratings = [
    '1-1',
    '1-2',
    '1-3',
    '1-4',
    '2-1',
    '2-2',
    '2-3',
    '2-4',
    '3-1',
    '3-2',
  ].map((c, i) => ({
    criterionId: `change-${c}`,
    coach: i < 4 ? 'F' : i < 8 ? 'L' : 'N',
  }));
  let failures = 0;
  let firstFailure;
  for (let i = 0; i < n; i++) {
    const draft = await client.post(`/programmes/${programmeId}/reviews`, {
      process: 'change',
      date: new Date().toISOString().slice(0, 10),
      ratings,
    });
    if (draft.status !== 201) {
      failures++;
      firstFailure ??= `create ${draft.status}: ${draft.text.slice(0, 200)}`;
      continue;
    }
    const t0 = performance.now();
    const res = await client.post(`/reviews/${draft.body.id}/publish`, {
      version: draft.body.version,
      acknowledgeTone: true,
    });
    const ms = performance.now() - t0;
    if (res.status !== 200) {
      failures++;
      firstFailure ??= `publish ${res.status}: ${res.text.slice(0, 200)}`;
      continue;
    }
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  if (firstFailure) log('publish failure:', firstFailure);
  return {
    publish: {
      count: times.length,
      failures,
      p50Ms: round1(percentile(times, 50)),
      p95Ms: round1(percentile(times, 95)),
    },
  };
}

/**
 * Waits (at most 10 minutes) for the backend's first reminders run to log
 * its result; how long after the seed that was, and what it sent.
 */
async function firstRemindersRun(backend) {
  const t = Date.now();
  for (;;) {
    const done = /Reminders as of [^"]*/.exec(backend.log());
    if (done || Date.now() - t > 600_000) {
      return {
        waitedAfterSeedSeconds: (Date.now() - t) / 1000,
        logged: done?.[0] ?? null,
      };
    }
    await sleep(500);
  }
}

async function benchEngine(engine, productCode, builtEntry) {
  const [productPort, baselinePort] = PORTS[engine];
  const database =
    engine === 'sqlite'
      ? {
          engine: 'sqlite',
          directory: join(mkdtempSync('/tmp/bench-sqlite-'), 'sqlite'),
        }
      : { engine: 'pg', prefix: uniquePrefix('bench') };
  const backendOptions = {
    port: productPort,
    database,
    name: `bench product (${engine})`,
    extraConfig: EXTRA_CONFIG,
    nodeEnv: 'production',
    builtEntry,
  };
  const result = {};
  let product = trackBackend(backendOptions);
  let baseline;
  try {
    const startSeconds = await product.backend.waitHealthy();
    log(
      `${engine}: product up in ${startSeconds} s on ${product.backend.base}`,
    );
    // The whole demo backend (catalog, auth, permissions, notifications,
    // app serving, csip) with an empty database, for scale.
    await sleep(3000);
    const rssAtStartMb = vmRssMb(product.backend.pid);
    const token = await guestToken(product.backend.base);
    const client = csipClient(product.backend.base, token);

    // 1. Seed through the product's import.
    const t0 = Date.now();
    let done = 0;
    const now = Date.now();
    const failures = await inPool(programmes, 4, async i => {
      const res = await client.post('/import', makeArchive(i, { now }));
      if (res.status !== 201)
        throw new Error(
          `import answered ${res.status}: ${res.text.slice(0, 300)}`,
        );
      if (++done % 1000 === 0)
        log(`${engine}: imported ${done} of ${programmes}`);
    });
    if (failures.length)
      throw new Error(
        `${failures.length} imports failed; first: ${failures[0]}`,
      );
    const seedSeconds = (Date.now() - t0) / 1000;
    // The first run of the reminders job (120 s after start, during the
    // seed) finds the seed's overdue actions of 10,000 programmes at once.
    // Measure after it, as the backfill below is measured after the start:
    // its cost is a one-off after a bulk import, logged here and in the
    // results (`seed.remindersRun`), not part of every page.
    const remindersRun = await firstRemindersRun(product.backend);
    log(`${engine}: ${JSON.stringify(remindersRun)}`);
    const knex = pluginDatabase(database);
    const counts = await statusRowCounts(knex).finally(() => knex.destroy());
    if (engine === 'postgres') {
      // Measure a settled database, as in production: otherwise autovacuum
      // works through the freshly inserted rows during the first rounds,
      // and the checkpoint the seed's WAL started (spread over minutes)
      // writes its buffers, on the same two cores. CHECKPOINT needs a
      // superuser (or pg_checkpoint); without one the bench goes on.
      const t = Date.now();
      const writable = pluginDatabase(database, { readonly: false });
      try {
        await writable.raw('VACUUM ANALYZE');
        await writable.raw('CHECKPOINT').catch(error => {
          log(`${engine}: no CHECKPOINT (${error.message})`);
        });
      } finally {
        await writable.destroy();
      }
      log(
        `${engine}: VACUUM ANALYZE and CHECKPOINT in ${
          (Date.now() - t) / 1000
        } s`,
      );
    }
    log(
      `${engine}: seeded ${programmes} programmes in ${seedSeconds} s; status rows ${JSON.stringify(
        counts,
      )}`,
    );
    result.seed = {
      seconds: seedSeconds,
      importsPerSecond: round1(programmes / seedSeconds),
      statusRows: counts,
      remindersRun,
    };

    // 2. Portfolio, product against the baseline.
    baseline = startBaseline({
      port: baselinePort,
      engine,
      db:
        engine === 'sqlite'
          ? join(database.directory, 'csip.sqlite')
          : `${PG_URL}/${database.prefix}csip`,
      productCode,
    });
    await baseline.ready;
    result.portfolio = await portfolio({
      client,
      product: product.backend.base,
      baseline: baseline.base,
      token,
    });
    await baseline.stop();

    // 3. Depth, import size, publishing.
    const first = (await client.get('/programmes?limit=1')).body.items[0];
    const { depth, imports } = await depthAndImport(client);
    result.depth = depth;
    result.import = imports;
    log(`${engine}: depth ${JSON.stringify(depth)}`);
    result.writes = await publishes(client, first.id);
    log(`${engine}: writes ${JSON.stringify(result.writes)}`);

    // 4. Memory after the start-up backfill of every status row.
    await product.stop();
    const writable = pluginDatabase(database, { readonly: false });
    await writable('csip_programme_status')
      .delete()
      .finally(() => writable.destroy());
    product = trackBackend(backendOptions);
    const t1 = Date.now();
    await product.backend.waitHealthy();
    log(`${engine}: restarted without status rows; waiting for the backfill`);
    const check = pluginDatabase(database);
    let backfill;
    try {
      for (;;) {
        // The log is read before the rows are counted, so that the counts
        // are those after the run that logged.
        const output = product.backend.log();
        const c = await statusRowCounts(check);
        // Done when no row is missing, or when a run has finished without
        // being stopped (a programme whose status failed stays missing);
        // a run stopped by its timeout leaves the rest to the next run.
        if (
          c.missing === 0 ||
          /Recomputed the portfolio status of \d+ programmes \(missing or stale\)(?!;)/.test(
            output,
          )
        ) {
          backfill = c;
          break;
        }
        if (Date.now() - t1 > 60_000 && (Date.now() - t1) % 30_000 < 600)
          log(`backfill: ${JSON.stringify(c)}`);
        if (Date.now() - t1 > 900_000)
          throw new Error(
            `backfill unfinished after 900 s: ${JSON.stringify(c)}`,
          );
        await sleep(500);
      }
    } finally {
      await check.destroy();
    }
    const backfillSeconds = (Date.now() - t1) / 1000;
    await sleep(1000);
    result.memory = {
      rssAfterBackfillMb: vmRssMb(product.backend.pid),
      rssAtStartEmptyMb: rssAtStartMb,
      secondsFromStartToBackfilled: backfillSeconds,
      statusRows: backfill,
    };
    log(`${engine}: memory ${JSON.stringify(result.memory)}`);
    return result;
  } catch (error) {
    if (product?.backend) console.error(tail(product.backend.log(), 20));
    throw error;
  } finally {
    await baseline?.stop();
    await product.stop();
    if (engine === 'sqlite')
      rmSync(dirname(database.directory), { recursive: true, force: true });
    else await dropPgDatabases(database.prefix).catch(() => {});
  }
}

function printTable(results) {
  const pad = (s, n) => String(s ?? '-').padStart(n);
  for (const [engine, r] of Object.entries(results.engine)) {
    console.log(`\n${engine}${r.error ? `: BROKE: ${r.error}` : ''}`);
    if (!r.portfolio) continue;
    console.log(
      [
        'variant',
        'prod rps',
        'base rps',
        'ratio',
        'p50',
        'p99',
        'base p50',
        'base p99',
        'identical',
      ]
        .map((h, i) => (i ? pad(h, 10) : h.padEnd(8)))
        .join(''),
    );
    for (const [name, v] of Object.entries(r.portfolio)) {
      console.log(
        name.padEnd(8) +
          [
            v.productRps,
            v.baselineRps,
            v.ratio,
            v.p50Ms,
            v.p99Ms,
            v.baselineP50Ms,
            v.baselineP99Ms,
            v.identical,
          ]
            .map(x => pad(x, 10))
            .join(''),
      );
    }
    if (r.depth)
      console.log(
        `depth (${r.depth.shallowReviewsPerProcess} vs ${r.depth.deepReviewsPerProcess} reviews per process): maturity ×${r.depth.maturityRatio}, handover ×${r.depth.handoverRatio}, refresh ×${r.depth.refreshRatio}`,
      );
    if (r.writes)
      console.log(
        `publish: p50 ${r.writes.publish.p50Ms} ms, p95 ${r.writes.publish.p95Ms} ms (${r.writes.publish.count} reviews)`,
      );
    if (r.memory)
      console.log(
        `memory: RSS after backfill ${r.memory.rssAfterBackfillMb} MB (backfilled ${r.memory.secondsFromStartToBackfilled} s after start; the same backend with an empty database: ${r.memory.rssAtStartEmptyMb} MB)`,
      );
    if (r.import)
      console.log(
        `import: largest round-trip ${r.import.largestReviews} reviews`,
      );
    if (r.seed)
      console.log(
        `seed: ${r.seed.seconds} s (${r.seed.importsPerSecond} imports/s)`,
      );
  }
}

async function main() {
  const productCode = await buildProductCode();
  // The product as a production-like build (productBuild.mjs); the sources
  // through the TypeScript transform only if that bundle cannot be built.
  let builtEntry;
  let productBuild =
    'esbuild bundle of packages/backend/src/index.ts and the workspace packages (node_modules external), plain node, NODE_ENV=production, run from a deploy-shaped workspace (config schemas compiled to JSON as yarn build:backend ships them)';
  try {
    builtEntry = await buildBackendBundle();
  } catch (error) {
    log(`backend bundle failed, running the sources: ${error.message}`);
    productBuild =
      'dev-transpile: sources through the TypeScript transform (nodeTransform), NODE_ENV=production';
  }
  const perProgramme = archiveCounts(makeArchive(0));
  const results = {
    engine: {},
    meta: {
      programmes,
      reviews: programmes * perProgramme.reviews,
      ratings: programmes * perProgramme.ratings,
      actions: programmes * perProgramme.actions,
      handoverItems: programmes * perProgramme.handoverItems,
      node: process.version,
      date: new Date().toISOString(),
      quick,
      productBuild,
      loadTool,
      connections: 10,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
      ratio: 'productRps / baselineRps',
    },
  };
  let broke = false;
  try {
    for (const engine of engines) {
      log(`${engine}: ${programmes} programmes${quick ? ' (quick)' : ''}`);
      try {
        results.engine[engine] = await benchEngine(
          engine,
          productCode,
          builtEntry,
        );
      } catch (error) {
        broke = true;
        console.error(error);
        results.engine[engine] = {
          error: String(error?.message ?? error).slice(0, 1000),
        };
      }
    }
  } finally {
    rmSync(productCode, { force: true });
    if (builtEntry) removeBackendBundle(builtEntry);
  }
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(dir, 'latest.json'), text);
  writeFileSync(
    join(dir, `bench-${results.meta.date.replace(/[:.]/g, '-')}.json`),
    text,
  );
  printTable(results);
  console.log(`\nwritten: bench-results/latest.json`);
  return broke ? 1 : 0;
}

async function stopAll() {
  await Promise.all([...running].map(h => h.stop().catch(() => {})));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAll().then(() => process.exit(130)));
}
main().then(
  code => process.exit(code),
  async error => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
