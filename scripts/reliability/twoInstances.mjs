#!/usr/bin/env node
// Two-instance test on PostgreSQL: starts two real demo backends (two ports,
// one fresh PostgreSQL database prefix, both with csip.demoData: true) at the
// same moment and checks that
//   - both start the csip plugin (GET /api/csip/health 200 on both, and no
//     "startup failed" in either log),
//   - the demo data is seeded exactly once (3 demo programmes, each title
//     once, in the database and through both APIs),
//   - writes through both succeed and each sees the other's (create on A,
//     PATCH on B with the version, stale version refused on A, scope version
//     published on B read on A, concurrent creates on both),
//   - no answer is a 5xx, and knex's migration bookkeeping is intact.
// Repeats TWO_INSTANCES_TRIALS times (default 3) with fresh databases, prints
// the figures and writes them to e2e-test-report/two-instances.json.
//
// Usage: node scripts/reliability/twoInstances.mjs [trials]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  csipClient,
  dropPgDatabases,
  freshDatabase,
  guestToken,
  listAllProgrammes,
  pluginDatabase,
  root,
  startBackend,
  startupFailures,
  tail,
} from '../lib/backend.mjs';

const TRIALS = Number(process.argv[2] ?? process.env.TWO_INSTANCES_TRIALS ?? 3);
const PORTS = [7320, 7321];
/** The keys the demo seeding claims in csip_meta, sorted. */
const DEMO_CLAIMS = [
  'demo-coaching-seeded',
  'demo-data-seeded',
  'demo-feedback-seeded',
  'demo-outcomes-seeded',
  'demo-reviews-seeded',
  'demo-self-assessments-seeded',
  'demo-snapshots-seeded',
];

const DEMO_TITLES = [
  'Change management CSIP',
  'Configuration and release for the payments platform',
  'Service desk stabilisation',
  'Change and release at the contact centre',
];
const reportDir = join(root, 'e2e-test-report');

function check(trial, ok, what, detail) {
  trial.checks.push({ ok, what, ...(detail === undefined ? {} : { detail }) });
  if (!ok)
    trial.failures.push(
      detail === undefined ? what : `${what}: ${JSON.stringify(detail)}`,
    );
}

async function runTrial(n) {
  const database = freshDatabase('pg', 'two');
  const started = Date.now();
  const trial = {
    trial: n,
    prefix: database.prefix,
    checks: [],
    failures: [],
    fiveXX: 0,
  };
  // The same moment: both processes are spawned before either is awaited.
  const backends = PORTS.map((port, i) =>
    startBackend({
      port,
      database,
      name: `instance ${'AB'[i]}`,
      // They test start-up and writes across instances, not the catalog: the
      // writes start right after the start, before the catalog may have read
      // examples/, so refs are not checked (see csip.catalogRefCheck).
      extraConfig: "csip:\n  catalogRefCheck: 'off'",
    }),
  );
  running = backends;
  const count5xx = res => {
    if (res.status >= 500) trial.fiveXX++;
    return res;
  };
  try {
    const starts = await Promise.allSettled(backends.map(b => b.waitHealthy()));
    trial.startSeconds = starts.map(s =>
      s.status === 'fulfilled' ? s.value : null,
    );
    trial.starts = starts.map((s, i) => {
      // "Plugin 'catalog' startup failed; caused by …", without colours.
      const failures = startupFailures(backends[i].log()).map(l =>
        l.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 400),
      );
      const failedPlugins = [
        ...new Set(
          failures.flatMap(l =>
            [...l.matchAll(/Plugin '([\w-]+)' startup failed/g)].map(m => m[1]),
          ),
        ),
      ];
      const healthy = s.status === 'fulfilled';
      return {
        instance: backends[i].name,
        healthy,
        csipOk: healthy && !failedPlugins.includes('csip'),
        failedPlugins,
        startupFailures: failures,
        ok: healthy && failures.length === 0,
        error: healthy ? undefined : String(s.reason).split('\n')[0],
      };
    });
    for (const s of trial.starts) {
      check(
        trial,
        s.csipOk,
        `${s.instance} started the csip plugin (health 200)`,
        s.csipOk ? undefined : s.error ?? s.failedPlugins,
      );
      check(
        trial,
        s.ok,
        `${s.instance} logged no "startup failed"`,
        s.ok ? undefined : { failedPlugins: s.failedPlugins },
      );
    }
    if (!trial.starts.every(s => s.healthy))
      throw new Error('an instance did not start');

    const [a, b] = await Promise.all(
      backends.map(async backend =>
        csipClient(backend.base, await guestToken(backend.base)),
      ),
    );

    // Demo data: seeded once, whichever instance did it.
    const db = pluginDatabase(database);
    try {
      const rows = await db('csip_programmes')
        .whereIn('title', DEMO_TITLES)
        .select('title');
      trial.demoProgrammesInDatabase = rows.length;
      check(
        trial,
        rows.length === DEMO_TITLES.length,
        'the database holds each demo programme once',
        rows.length,
      );
      // One claim row per piece of demo data (programmes, reviews, the
      // coaching between them, the portfolio's past weeks), each taken by exactly one instance.
      const meta = (await db('csip_meta').select('key')).map(m => m.key).sort();
      check(
        trial,
        JSON.stringify(meta) === JSON.stringify(DEMO_CLAIMS),
        `the demo claim rows in csip_meta are ${DEMO_CLAIMS.join(', ')}`,
        meta,
      );
      const names = (await db('csip_knex_migrations').select('name')).map(
        r => r.name,
      );
      check(
        trial,
        new Set(names).size === names.length,
        'each migration recorded once',
        names,
      );
      const [{ n: locks }] = await db('csip_knex_migrations_lock').count({
        n: '*',
      });
      check(trial, Number(locks) === 1, 'one knex lock row', Number(locks));
    } finally {
      await db.destroy();
    }
    // Evidence that the instances did meet: migration retries and task runs
    // found running elsewhere, per instance.
    trial.migrationRetries = backends.map(
      x =>
        x
          .log()
          .split('\n')
          .filter(l => /Another instance is migrating/.test(l)).length,
    );
    const seededLines = backends.flatMap(x =>
      x
        .log()
        .split('\n')
        .filter(l => /Seeded demo data/.test(l)),
    );
    trial.seedingRuns = seededLines.length;
    check(
      trial,
      seededLines.length === 1,
      'one instance seeded the demo data',
      seededLines.length,
    );
    for (const [name, client] of [
      ['A', a],
      ['B', b],
    ]) {
      const items = await listAllProgrammes(client);
      const demo = items.filter(p => DEMO_TITLES.includes(p.title));
      check(
        trial,
        demo.length === DEMO_TITLES.length,
        `instance ${name} lists ${DEMO_TITLES.length} demo programmes`,
        demo.length,
      );
    }

    // Writes through both instances.
    const created = count5xx(
      await a.post('/programmes', {
        title: `Two instances ${n}`,
        driver: 'operational',
        ownerRef: 'group:default/it-operations',
      }),
    );
    check(trial, created.status === 201, 'create on A', created.status);
    const id = created.body?.id;
    const patched = count5xx(
      await b.patch(`/programmes/${id}`, {
        version: created.body?.version,
        title: `Two instances ${n} (B)`,
      }),
    );
    check(
      trial,
      patched.status === 200,
      'PATCH on B with the version',
      patched.status,
    );
    const stale = count5xx(
      await a.patch(`/programmes/${id}`, {
        version: created.body?.version,
        title: 'stale',
      }),
    );
    check(
      trial,
      stale.status === 409,
      'PATCH on A with the old version is refused (409)',
      stale.status,
    );
    const readOnA = count5xx(await a.get(`/programmes/${id}`));
    check(
      trial,
      readOnA.body?.title === `Two instances ${n} (B)` &&
        readOnA.body?.version === patched.body?.version,
      'A reads what B wrote',
      { title: readOnA.body?.title, version: readOnA.body?.version },
    );
    const scope = count5xx(
      await b.post(`/programmes/${id}/scope/versions`, {
        processes: [
          {
            process: 'change',
            baselineLevel: 1,
            targetLevel: 3,
            targetDate: '2027-06-30',
          },
        ],
      }),
    );
    check(
      trial,
      scope.status === 201,
      'publish a scope version on B',
      scope.status,
    );
    const versions = count5xx(await a.get(`/programmes/${id}/scope/versions`));
    check(
      trial,
      (versions.body?.items ?? []).some(v => v.number === scope.body?.number),
      'A reads the scope version published on B',
    );
    const action = count5xx(
      await a.post(`/programmes/${id}/actions`, {
        description: 'Agree the CAB agenda',
        owner: 'user:default/guest',
        measure: 'Agenda sent',
        dueDate: '2027-03-31',
      }),
    );
    check(trial, action.status === 201, 'add an action on A', action.status);
    const actions = count5xx(await b.get(`/programmes/${id}/actions`));
    check(
      trial,
      (actions.body?.items ?? []).some(x => x.id === action.body?.id),
      'B reads the action added on A',
    );
    // Concurrent creates on both instances.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? b : a)
          .post('/programmes', {
            title: `Burst ${n}.${i}`,
            driver: 'strategic',
            ownerRef: 'group:default/it-operations',
          })
          .then(count5xx),
      ),
    );
    const burstOk = burst.filter(r => r.status === 201).length;
    check(
      trial,
      burstOk === 20,
      '20 concurrent creates on both instances',
      burstOk,
    );
    trial.writesAcknowledged =
      [created, patched, scope, action].filter(
        r => r.status >= 200 && r.status < 300,
      ).length + burstOk;
    check(trial, trial.fiveXX === 0, 'no 5xx', trial.fiveXX);
  } catch (error) {
    trial.failures.push(String(error?.message ?? error).split('\n')[0]);
    trial.logTails = backends.map(x => tail(x.log(), 25));
  } finally {
    await Promise.all(backends.map(x => x.stop()));
    await dropPgDatabases(database.prefix).catch(() => {});
  }
  trial.seconds = (Date.now() - started) / 1000;
  trial.passed = trial.failures.length === 0;
  console.log(
    `trial ${n}: starts ${
      trial.starts
        ?.map(s =>
          s.ok ? 'ok' : `FAILED(${s.failedPlugins.join(',') || 'health'})`,
        )
        .join('/') ?? '?'
    } ` +
      `(${trial.startSeconds
        ?.map(s => s ?? '-')
        .join(' s / ')} s), demo programmes ${
        trial.demoProgrammesInDatabase ?? '?'
      }, seeding runs ${trial.seedingRuns ?? '?'}, migration retries ${
        trial.migrationRetries?.join('/') ?? '?'
      }, writes acknowledged ${trial.writesAcknowledged ?? 0}, ` +
      `5xx ${trial.fiveXX}, ${trial.seconds} s — ${
        trial.passed ? 'passed' : `FAILED: ${trial.failures.join('; ')}`
      }`,
  );
  if (!trial.passed && trial.logTails)
    console.error(trial.logTails.join('\n----\n'));
  return trial;
}

/** The backends running now, for the watchdog. */
let running = [];
const watchdog = setTimeout(async () => {
  console.error('two instances: watchdog: the run took too long; stopping');
  await Promise.all(running.map(b => b.kill9()));
  process.exit(1);
}, TRIALS * 240_000);
watchdog.unref();

const trials = [];
for (let n = 1; n <= TRIALS; n++) trials.push(await runTrial(n));
const starts = trials.flatMap(t => t.starts ?? []);
const summary = {
  trials: trials.length,
  trialsPassed: trials.filter(t => t.passed).length,
  startAttempts: starts.length,
  startsOk: starts.filter(s => s.ok).length,
  startsFailed: starts.filter(s => !s.ok).length,
  csipStartsOk: starts.filter(s => s.csipOk).length,
  pluginsThatFailedToStart: [...new Set(starts.flatMap(s => s.failedPlugins))],
  demoProgrammes: trials.map(t => t.demoProgrammesInDatabase ?? null),
  seedingRuns: trials.map(t => t.seedingRuns ?? null),
  writesAcknowledged: trials.reduce(
    (n, t) => n + (t.writesAcknowledged ?? 0),
    0,
  ),
  fiveXX: trials.reduce((n, t) => n + t.fiveXX, 0),
  seconds: trials.reduce((n, t) => n + t.seconds, 0),
};
mkdirSync(reportDir, { recursive: true });
writeFileSync(
  join(reportDir, 'two-instances.json'),
  `${JSON.stringify({ summary, trials }, null, 2)}\n`,
);
console.log(
  `two instances: ${summary.trialsPassed} of ${summary.trials} trials passed; ` +
    `${summary.startsOk} of ${
      summary.startAttempts
    } starts ok, csip started in ${summary.csipStartsOk}${
      summary.pluginsThatFailedToStart.length
        ? ` (failed to start: ${summary.pluginsThatFailedToStart.join(', ')})`
        : ''
    }; demo programmes per trial ${summary.demoProgrammes.join(
      ', ',
    )}; seeding runs per trial ${summary.seedingRuns.join(', ')}; ` +
    `${summary.writesAcknowledged} writes acknowledged; ${
      summary.fiveXX
    } 5xx; ${summary.seconds.toFixed(1)} s`,
);
process.exit(
  summary.trialsPassed === summary.trials && summary.trials > 0 ? 0 : 1,
);
