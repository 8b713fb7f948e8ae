#!/usr/bin/env node
// kill -9 test: starts the real demo backend on a fresh database, signs in as
// the guest and sends a bounded stream of concurrent writes (create
// programmes, PATCH them with their version, publish scope versions, add
// actions), recording every acknowledged write (a 2xx answer with its id or
// version). Mid-stream it kills the backend's whole process group with
// SIGKILL, restarts it on the same database and checks that
//   - every acknowledged write is there (programme exists with at least the
//     acknowledged version, scope version and action present),
//   - no answer was a 5xx,
//   - once the start-up backfill has run, no programme's status row is
//     missing or older than the programme's last change, and the status the
//     portfolio lists agrees with the programme's live scope, maturity and
//     handover views.
// After each kill, before the restart, it reads the status rows straight
// from the database (what the crash left) and then makes a few stale and
// deletes a few, as a crash between a change and its status would, so that
// the start-up backfill is exercised whatever the crash left.
// Repeats the kill KILL9_ROUNDS times (default 2) per engine, prints the
// figures and writes them to e2e-test-report/kill9-<engine>.json. Bounded
// in time: KILL9_TIMEOUT_MS (default 180 s) per engine, with a watchdog that
// kills the backend and fails the run if anything hangs.
//
// Usage: node scripts/reliability/kill9.mjs [sqlite|pg|both]   (default both)
// PostgreSQL from BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
// (default postgresql://postgres:postgres@127.0.0.1:5432).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  csipClient,
  dropPgDatabases,
  freshDatabase,
  guestToken,
  listAllProgrammes,
  pluginDatabase,
  root,
  sleep,
  startBackend,
  startupFailures,
  statusRowCounts,
  tail,
} from '../lib/backend.mjs';

// They test crash durability, not the catalog: the writes start right after
// each (re)start, before the catalog may have read examples/, so refs are not
// checked (see csip.catalogRefCheck in plugins/csip-backend/README.md).
const CONFIG = "csip:\n  catalogRefCheck: 'off'";

const engines =
  (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'pg'] : [process.argv[2]];
const ROUNDS = Number(process.env.KILL9_ROUNDS ?? 2);
const CONCURRENCY = Number(process.env.KILL9_CONCURRENCY ?? 8);
const MIN_WRITE_MS = Number(process.env.KILL9_MIN_WRITE_MS ?? 3000);
const MAX_WRITE_MS = Number(process.env.KILL9_MAX_WRITE_MS ?? 6000);
/** Hard limit per engine; the test fails rather than hang. */
const ENGINE_TIMEOUT_MS = Number(process.env.KILL9_TIMEOUT_MS ?? 180_000);
const PORTS = { sqlite: 7310, pg: 7311 };
const reportDir = join(root, 'e2e-test-report');

const rand = n => Math.floor(Math.random() * n);

function scopeBody(i) {
  const processes = ['change', 'configuration', 'release'];
  const count = 1 + (i % processes.length);
  return {
    processes: processes.slice(0, count).map((process, k) => ({
      process,
      baselineLevel: k % 2,
      targetLevel: 2 + (k % 2),
      targetDate: '2027-06-30',
    })),
    objectives: [`Objective ${i}`],
  };
}

/** Everything the backend acknowledged, and every answer it gave. */
function newLedger() {
  return {
    programmes: new Map(), // id -> highest acknowledged version
    scopes: [], // { programmeId, number }
    actions: [], // { programmeId, id }
    counts: {
      attempted: 0,
      acknowledged: 0,
      conflicts: 0,
      other4xx: 0,
      fiveXX: 0,
      networkErrors: 0,
    },
    samples5xx: [],
    samples4xx: [],
  };
}

function ack(ledger, programmeId, version) {
  const known = ledger.programmes.get(programmeId) ?? 0;
  if (version > known) ledger.programmes.set(programmeId, version);
}

/**
 * One writer: keeps its own programmes (so most PATCHes carry the current
 * version) and writes until `state.stop`.
 */
async function writer(n, client, ledger, state) {
  const own = []; // { id, version }
  let i = 0;
  while (!state.stop) {
    i++;
    const { counts } = ledger;
    counts.attempted++;
    let res;
    let kind;
    try {
      if (own.length < 2 || Math.random() < 0.2) {
        kind = 'create';
        res = await client.post('/programmes', {
          title: `Kill9 w${n} #${i}`,
          driver: i % 2 ? 'operational' : 'strategic',
          ownerRef: 'group:default/it-operations',
        });
        if (res.status === 201) {
          own.push({ id: res.body.id, version: res.body.version });
          ack(ledger, res.body.id, res.body.version);
        }
      } else {
        const p = own[rand(own.length)];
        const r = Math.random();
        if (r < 0.45) {
          kind = 'patch';
          res = await client.patch(`/programmes/${p.id}`, {
            version: p.version,
            title: `Kill9 w${n} #${i} (v${p.version + 1})`,
            vision: `Changed by writer ${n} in step ${i}`,
          });
          if (res.status === 200) {
            p.version = res.body.version;
            ack(ledger, p.id, res.body.version);
          }
        } else if (r < 0.75) {
          kind = 'scope';
          res = await client.post(
            `/programmes/${p.id}/scope/versions`,
            scopeBody(i),
          );
          if (res.status === 201) {
            ledger.scopes.push({ programmeId: p.id, number: res.body.number });
          }
        } else {
          kind = 'action';
          res = await client.post(`/programmes/${p.id}/actions`, {
            description: `Action ${i} of writer ${n}`,
            owner: 'user:default/guest',
            measure: 'Done when checked',
            dueDate: '2027-03-31',
          });
          if (res.status === 201) {
            ledger.actions.push({ programmeId: p.id, id: res.body.id });
          }
        }
        if (res.status === 409) {
          // Someone else (e.g. a scope publish) moved the version: re-read.
          counts.conflicts++;
          const fresh = await client.get(`/programmes/${p.id}`);
          if (fresh.status === 200) p.version = fresh.body.version;
          continue;
        }
      }
    } catch {
      // The backend went away with the request in flight: its outcome is
      // unknown, so it is not counted as acknowledged.
      counts.networkErrors++;
      if (state.stop || state.killed) return;
      await sleep(100);
      continue;
    }
    if (res.status >= 500) {
      counts.fiveXX++;
      if (ledger.samples5xx.length < 5)
        ledger.samples5xx.push({
          kind,
          status: res.status,
          body: res.text.slice(0, 300),
        });
    } else if (res.status >= 200 && res.status < 300) {
      counts.acknowledged++;
    } else if (res.status !== 409) {
      counts.other4xx++;
      if (ledger.samples4xx.length < 5)
        ledger.samples4xx.push({
          kind,
          status: res.status,
          body: res.text.slice(0, 300),
        });
    }
  }
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** Checks every acknowledged write through the API. */
async function verifyLedger(client, ledger) {
  const result = { found: 0, lost: 0, lostSamples: [], fiveXX: 0 };
  const lost = what => {
    result.lost++;
    if (result.lostSamples.length < 10) result.lostSamples.push(what);
  };
  const byProgramme = new Map();
  for (const [id, version] of ledger.programmes) {
    byProgramme.set(id, { version, scopes: [], actions: [] });
  }
  for (const s of ledger.scopes)
    byProgramme.get(s.programmeId)?.scopes.push(s.number);
  for (const a of ledger.actions)
    byProgramme.get(a.programmeId)?.actions.push(a.id);

  await pool([...byProgramme.entries()], 8, async ([id, expected]) => {
    const p = await client.get(`/programmes/${id}`);
    if (p.status >= 500) result.fiveXX++;
    if (p.status === 200 && p.body.version >= expected.version) result.found++;
    else
      lost({
        programme: id,
        expected: expected.version,
        got: p.status === 200 ? p.body.version : p.status,
      });
    if (expected.scopes.length) {
      const v = await client.get(`/programmes/${id}/scope/versions`);
      if (v.status >= 500) result.fiveXX++;
      const numbers = new Set((v.body?.items ?? []).map(x => x.number));
      for (const n of expected.scopes) {
        if (numbers.has(n)) result.found++;
        else lost({ programme: id, scopeVersion: n });
      }
    }
    if (expected.actions.length) {
      const a = await client.get(`/programmes/${id}/actions`);
      if (a.status >= 500) result.fiveXX++;
      const ids = new Set((a.body?.items ?? []).map(x => x.id));
      for (const actionId of expected.actions) {
        if (ids.has(actionId)) result.found++;
        else lost({ programme: id, action: actionId });
      }
    }
  });
  return result;
}

/**
 * Compares each listed programme's status (the stored row) with its live
 * scope, maturity and handover views; returns how many disagree.
 */
async function verifyStatusContent(client, limit) {
  const items = (await listAllProgrammes(client)).slice(0, limit);
  const result = { checked: 0, withoutStatus: 0, wrong: 0, wrongSamples: [] };
  await pool(items, 8, async item => {
    if (!item.status) {
      result.withoutStatus++;
      return;
    }
    const [scope, maturity, handover] = await Promise.all([
      client.get(`/programmes/${item.id}/scope`),
      client.get(`/programmes/${item.id}/maturity`),
      client.get(`/programmes/${item.id}/handover`),
    ]);
    if ([scope, maturity, handover].some(r => r.status !== 200)) return;
    result.checked++;
    const live = {
      scopeStatus: scope.body.status,
      levels: maturity.body.processes
        .filter(p => p.inScope || p.level !== null)
        .map(p => ({ process: p.process, level: p.level, target: p.target })),
      score: handover.body.score,
      ready: handover.body.readiness.ready,
      blockers: handover.body.readiness.blockers.length,
      summitPercent: handover.body.summit.percent,
      summitCamp: handover.body.summit.camp,
    };
    const stored = {
      scopeStatus: item.status.scopeStatus,
      levels: item.status.levels,
      score: item.status.score,
      ready: item.status.ready,
      blockers: item.status.blockers,
      summitPercent: item.status.summitPercent,
      summitCamp: item.status.summitCamp,
    };
    if (JSON.stringify(live) !== JSON.stringify(stored)) {
      result.wrong++;
      if (result.wrongSamples.length < 3)
        result.wrongSamples.push({ id: item.id, stored, live });
    }
  });
  return result;
}

async function injectStaleStatus(db) {
  const ids = (
    await db('csip_programme_status')
      .select('programme_id')
      .orderBy('programme_id')
  )
    .map(r => r.programme_id)
    .sort(() => Math.random() - 0.5);
  const stale = ids.slice(0, 5);
  const missing = ids.slice(5, 8);
  await db('csip_programme_status')
    .whereIn('programme_id', stale)
    .update({ refreshed_at: '2000-01-01T00:00:00.000Z', score: -1 });
  await db('csip_programme_status').whereIn('programme_id', missing).delete();
  return { stale: stale.length, missing: missing.length };
}

async function waitForBackfill(knex, timeoutMs = 30_000) {
  const started = Date.now();
  let counts;
  for (;;) {
    counts = await statusRowCounts(knex);
    if (
      (counts.missing === 0 && counts.stale === 0) ||
      Date.now() - started > timeoutMs
    )
      break;
    await sleep(500);
  }
  return { ...counts, seconds: (Date.now() - started) / 1000 };
}

async function runEngine(engine) {
  const started = Date.now();
  const database = freshDatabase(engine, 'k9');
  const port = PORTS[engine];
  const ledger = newLedger();
  const report = {
    engine,
    rounds: [],
    startSeconds: [],
    startupFailures: [],
  };
  let backend = startBackend({
    port,
    database,
    name: `kill9-${engine}`,
    extraConfig: CONFIG,
  });
  current = () => backend;
  const knex = options => pluginDatabase(database, options);
  try {
    report.startSeconds.push(await backend.waitHealthy());
    let client = csipClient(backend.base, await guestToken(backend.base));
    for (let round = 1; round <= ROUNDS; round++) {
      const state = { stop: false, killed: false };
      const before = { ...ledger.counts };
      const writers = Array.from({ length: CONCURRENCY }, (_, n) =>
        writer(n, client, ledger, state),
      );
      const writeMs = MIN_WRITE_MS + rand(MAX_WRITE_MS - MIN_WRITE_MS + 1);
      await sleep(writeMs);
      // Mid-stream: requests are in flight on every writer.
      state.killed = true;
      await backend.kill9();
      state.stop = true;
      await Promise.all(writers);
      report.startupFailures.push(...startupFailures(backend.log()));

      // What the crash left, read straight from the database while nothing
      // runs; then, so that the start-up backfill is exercised whatever the
      // crash left, a few status rows are made stale (an old refreshed_at
      // and a wrong score) and a few are deleted, as a crash between a
      // change and its status (or a version from before the status) would.
      const db = knex({ readonly: false });
      let atCrash;
      let injected;
      try {
        atCrash = await statusRowCounts(db);
        injected = await injectStaleStatus(db);
      } finally {
        await db.destroy();
      }

      backend = startBackend({
        port,
        database,
        name: `kill9-${engine}`,
        extraConfig: CONFIG,
      });
      report.startSeconds.push(await backend.waitHealthy());
      client = csipClient(backend.base, await guestToken(backend.base));
      const db2 = knex();
      const afterBackfill = await waitForBackfill(db2).finally(() =>
        db2.destroy(),
      );
      const verified = await verifyLedger(client, ledger);
      const delta = Object.fromEntries(
        Object.entries(ledger.counts).map(([k, v]) => [k, v - before[k]]),
      );
      report.rounds.push({
        round,
        writeSeconds: writeMs / 1000,
        answers: delta,
        statusRowsAtCrash: atCrash,
        statusRowsMadeStale: injected,
        statusRowsAfterBackfill: afterBackfill,
        acknowledgedSoFar: {
          programmes: ledger.programmes.size,
          scopeVersions: ledger.scopes.length,
          actions: ledger.actions.length,
        },
        verified,
      });
      console.log(
        `[${engine}] round ${round}: ${
          delta.acknowledged
        } writes acknowledged in ${writeMs / 1000} s (${
          delta.networkErrors
        } cut off by the kill, ${delta.conflicts} conflicts, ${
          delta.fiveXX
        } 5xx); at the crash ${atCrash.missing} missing / ${
          atCrash.stale
        } stale status rows ` +
          `(then ${injected.stale} made stale, ${injected.missing} deleted); ` +
          `after restart ${afterBackfill.missing} missing / ${afterBackfill.stale} stale (backfill ${afterBackfill.seconds} s); ` +
          `${verified.found} acknowledged writes found, ${verified.lost} lost`,
      );
      if (Date.now() - started > ENGINE_TIMEOUT_MS) {
        throw new Error(`over the time limit of ${ENGINE_TIMEOUT_MS / 1000} s`);
      }
    }
    report.statusContent = await verifyStatusContent(client, 150);
    report.startupFailures.push(...startupFailures(backend.log()));
  } catch (error) {
    report.error = String(error?.stack ?? error);
    report.logTail = tail(backend.log(), 30);
  } finally {
    await backend.stop();
    if (engine === 'pg') await dropPgDatabases(database.prefix).catch(() => {});
    else rmSync(dirname(database.directory), { recursive: true, force: true });
  }

  const last = report.rounds[report.rounds.length - 1];
  const totals = {
    writesAttempted: ledger.counts.attempted,
    writesAcknowledged: ledger.counts.acknowledged,
    acknowledgedRecords:
      ledger.programmes.size + ledger.scopes.length + ledger.actions.length,
    found: last?.verified.found ?? 0,
    lost: report.rounds.reduce((n, r) => Math.max(n, r.verified.lost), 0),
    fiveXX:
      ledger.counts.fiveXX +
      report.rounds.reduce((n, r) => n + r.verified.fiveXX, 0),
    kills: report.rounds.length,
    staleOrMissingAfterBackfill: report.rounds.reduce(
      (n, r) =>
        n + r.statusRowsAfterBackfill.missing + r.statusRowsAfterBackfill.stale,
      0,
    ),
    staleOrMissingAtCrash: report.rounds.reduce(
      (n, r) => n + r.statusRowsAtCrash.missing + r.statusRowsAtCrash.stale,
      0,
    ),
    statusContentWrong: report.statusContent?.wrong ?? null,
    statusContentChecked: report.statusContent?.checked ?? 0,
    seconds: (Date.now() - started) / 1000,
  };
  report.totals = totals;
  report.samples5xx = ledger.samples5xx;
  report.samples4xx = ledger.samples4xx;
  const failures = [];
  if (report.error) failures.push(report.error.split('\n')[0]);
  if (report.rounds.length < ROUNDS)
    failures.push(`only ${report.rounds.length} of ${ROUNDS} kills done`);
  if (totals.writesAcknowledged === 0)
    failures.push('no write was acknowledged');
  if (totals.lost > 0) failures.push(`${totals.lost} acknowledged writes lost`);
  if (totals.fiveXX > 0) failures.push(`${totals.fiveXX} answers were 5xx`);
  if (ledger.counts.other4xx > 0)
    failures.push(
      `${ledger.counts.other4xx} valid writes answered 4xx (see samples4xx)`,
    );
  if (totals.staleOrMissingAfterBackfill > 0)
    failures.push(
      `${totals.staleOrMissingAfterBackfill} status rows stale or missing after the start-up backfill`,
    );
  if (totals.statusContentWrong)
    failures.push(
      `${totals.statusContentWrong} listed statuses disagree with the live views`,
    );
  if (report.startupFailures.length)
    failures.push(
      `plugin start-up failures: ${report.startupFailures
        .join(' | ')
        .slice(0, 300)}`,
    );
  report.failures = failures;
  report.passed = failures.length === 0;

  mkdirSync(reportDir, { recursive: true });
  writeFileSync(
    join(reportDir, `kill9-${engine}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  console.log(
    `kill9 ${engine}: ${totals.kills} kills, ${totals.writesAcknowledged} writes acknowledged ` +
      `(${totals.acknowledgedRecords} records), ${totals.found} found, ${totals.lost} lost, ${totals.fiveXX} 5xx, ` +
      `${totals.staleOrMissingAtCrash} stale/missing status rows at the crashes, ` +
      `${totals.staleOrMissingAfterBackfill} after the backfill, ` +
      `${totals.statusContentWrong ?? '?'} of ${
        totals.statusContentChecked
      } listed statuses wrong, ` +
      `${totals.seconds} s — ${
        report.passed ? 'passed' : `FAILED: ${failures.join('; ')}`
      }`,
  );
  if (report.logTail && !report.passed) console.error(report.logTail);
  return report.passed;
}

/** The backend running now, for the watchdog. */
let current = () => undefined;
const watchdog = setTimeout(async () => {
  console.error('kill9: watchdog: the run took too long; stopping');
  await current()?.kill9();
  process.exit(1);
}, engines.length * (ENGINE_TIMEOUT_MS + 60_000));
watchdog.unref();

let ok = true;
for (const engine of engines) {
  if (!(engine in PORTS)) {
    console.error(`unknown engine ${engine}; use sqlite, pg or both`);
    process.exit(2);
  }
  ok = (await runEngine(engine)) && ok;
}
process.exit(ok ? 0 : 1);
