// Starts the real demo backend (packages/backend) for the scripts under
// scripts/: the way `backstage-cli package start` runs it, but without the
// file watcher (so edits elsewhere in the checkout cannot restart it), in its
// own process group (so it can be killed with everything it started), on a
// database of the caller's choosing: a fresh SQLite directory or a PostgreSQL
// server with a unique database prefix.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

export const sleep = ms => new Promise(r => setTimeout(r, ms));

export const PG_URL =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  // The bench's own setting (scripts/bench/run.mjs).
  process.env.CSIP_BENCH_POSTGRES ??
  'postgresql://postgres:postgres@127.0.0.1:5432';

/** A unique, valid PostgreSQL database prefix, e.g. `csip_k9_1a2b3c_`. */
export function uniquePrefix(tag) {
  return `csip_${tag}_${randomBytes(4).toString('hex')}_`;
}

/** A database for the backend: `{ engine: 'sqlite', directory }` or `{ engine: 'pg', prefix }`. */
export function freshDatabase(engine, tag) {
  if (engine === 'sqlite') {
    return {
      engine,
      directory: join(mkdtempSync(join(tmpdir(), `csip-${tag}-`)), 'sqlite'),
    };
  }
  if (engine === 'pg') return { engine, prefix: uniquePrefix(tag) };
  throw new Error(`unknown engine ${engine}`);
}

function databaseConfig(database) {
  if (database.engine === 'sqlite') {
    return [
      '  database:',
      '    client: better-sqlite3',
      `    connection: { directory: ${JSON.stringify(database.directory)} }`,
    ];
  }
  return [
    '  database:',
    '    client: pg',
    `    connection: ${JSON.stringify(PG_URL)}`,
    `    prefix: ${database.prefix}`,
    '    pluginDivisionMode: database',
  ];
}

/**
 * Starts one backend. `extraConfig` is YAML text appended to its config.
 * Returns a handle: `base` URL, `log()`, `exited` (or undefined), `waitHealthy()`,
 * `kill9()` and `stop()` (both kill the whole process group).
 */
export function startBackend({
  port,
  database,
  name = `backend-${port}`,
  extraConfig = '',
  // NODE_ENV of the backend (the bench runs it as 'production').
  nodeEnv = 'development',
  // A built entry (an absolute path) instead of src/index.ts: run by plain
  // node, without the TypeScript transform, from its package's directory
  // (the directory above the entry's dist/), as a deployed backend runs.
  builtEntry,
}) {
  const base = `http://127.0.0.1:${port}`;
  const configDir = mkdtempSync(join(tmpdir(), `csip-config-${port}-`));
  const configFile = join(configDir, 'app-config.local.yaml');
  writeFileSync(
    configFile,
    [
      'backend:',
      `  baseUrl: ${base}`,
      `  listen: { port: ${port} }`,
      ...databaseConfig(database),
      extraConfig,
    ].join('\n'),
  );
  let log = '';
  const child = spawn(
    process.execPath,
    [
      // A built entry runs as a deployed backend does (`node
      // packages/backend`, no source maps); the sources as `backstage-cli
      // package start` runs them.
      ...(builtEntry
        ? [builtEntry]
        : [
            '--enable-source-maps',
            '--require',
            require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
            // CSIP_BACKEND_ENTRY: another entry file under packages/backend, for experiments.
            process.env.CSIP_BACKEND_ENTRY ?? 'src/index.ts',
          ]),
      '--config',
      join(root, 'app-config.yaml'),
      '--config',
      configFile,
    ],
    {
      cwd: builtEntry
        ? dirname(dirname(builtEntry))
        : join(root, 'packages/backend'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: nodeEnv,
        ESBK_TSCONFIG_PATH: join(root, 'tsconfig.json'),
      },
    },
  );
  const handle = {
    name,
    base,
    port,
    pid: child.pid,
    exited: undefined,
    startedAt: Date.now(),
    log: () => log,
    /** Waits until GET /api/csip/health answers 200; returns the seconds it took. */
    async waitHealthy(timeoutMs = 180_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (handle.exited) {
          throw new Error(
            `${name} exited during start-up: ${JSON.stringify(
              handle.exited,
            )}\n${tail(log)}`,
          );
        }
        if (Date.now() > deadline) {
          throw new Error(
            `${name} did not start within ${timeoutMs / 1000} s\n${tail(log)}`,
          );
        }
        try {
          const res = await fetch(`${base}/api/csip/health`);
          await res.arrayBuffer();
          if (res.ok) return (Date.now() - handle.startedAt) / 1000;
        } catch {
          // not up yet
        }
        await sleep(250);
      }
    },
    /** kill -9 of the backend's whole process group; resolves when it is gone. */
    async kill9() {
      return killGroup('SIGKILL');
    },
    /** SIGTERM, then SIGKILL after 10 s. */
    async stop() {
      return killGroup('SIGTERM', 10_000);
    },
  };
  const gone = new Promise(r =>
    child.on('exit', (code, signal) => {
      handle.exited = { code, signal };
      r();
    }),
  );
  child.stdout.on('data', d => (log += d));
  child.stderr.on('data', d => (log += d));

  async function killGroup(signal, graceMs = 0) {
    if (handle.exited) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
    if (graceMs) {
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, graceMs);
      await gone;
      clearTimeout(timer);
    } else {
      await gone;
    }
  }
  return handle;
}

export function tail(text, lines = 40) {
  return text.split('\n').slice(-lines).join('\n');
}

/** Lines of a backend log that report a plugin that failed to start. */
export function startupFailures(log) {
  return log.split('\n').filter(l => /startup failed|failed to start/i.test(l));
}

/** A guest user token (the user is user:development/guest … or as configured). */
export async function guestToken(base) {
  const res = await fetch(`${base}/api/auth/guest/refresh?env=development`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in answered ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

/** A small JSON API client for /api/csip with a bearer token. */
export function csipClient(base, token) {
  const headers = { Authorization: `Bearer ${token}` };
  async function call(method, path, body) {
    const res = await fetch(`${base}/api/csip${path}`, {
      method,
      headers:
        body === undefined
          ? headers
          : { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, body: json, text };
  }
  return {
    get: path => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}

/** Every programme the caller can see, through the paged list. */
export async function listAllProgrammes(client) {
  const items = [];
  let cursor;
  for (let page = 0; page < 1000; page++) {
    const res = await client.get(
      `/programmes?limit=100${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
    );
    if (res.status !== 200)
      throw new Error(`GET /programmes answered ${res.status}: ${res.text}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** A knex client on a plugin's database (to check rows directly). */
export function pluginDatabase(
  database,
  { pluginId = 'csip', readonly = true } = {},
) {
  const knex = require('knex');
  if (database.engine === 'sqlite') {
    return knex({
      client: 'better-sqlite3',
      connection: {
        filename: join(database.directory, `${pluginId}.sqlite`),
        options: { readonly },
      },
      useNullAsDefault: true,
    });
  }
  return knex({
    client: 'pg',
    connection: `${PG_URL}/${database.prefix}${pluginId}`,
    pool: { min: 0, max: 2 },
  });
}

/** Drops every PostgreSQL database whose name starts with `prefix`. */
export async function dropPgDatabases(prefix) {
  const knex = require('knex')({
    client: 'pg',
    connection: `${PG_URL}/postgres`,
    pool: { min: 0, max: 1 },
  });
  try {
    const rows = await knex('pg_database')
      .where('datname', 'like', `${prefix.replace(/_/g, '\\_')}%`)
      .select('datname');
    for (const { datname } of rows) {
      await knex.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
    return rows.length;
  } finally {
    await knex.destroy();
  }
}

/**
 * Counts, on the plugin's own tables, programmes whose portfolio status row is
 * missing and whose row is older than the programme's last change.
 */
export async function statusRowCounts(knex) {
  const isPg = String(knex.client.config.client).includes('pg');
  const older = isPg
    ? 's.refreshed_at COLLATE "C" < p.updated_at COLLATE "C"'
    : 's.refreshed_at < p.updated_at';
  const [{ n: programmes }] = await knex('csip_programmes').count({ n: '*' });
  const [{ n: missing }] = await knex('csip_programmes as p')
    .leftJoin('csip_programme_status as s', 's.programme_id', 'p.id')
    .whereNull('s.programme_id')
    .count({ n: '*' });
  const [{ n: stale }] = await knex('csip_programmes as p')
    .join('csip_programme_status as s', 's.programme_id', 'p.id')
    .whereRaw(older)
    .count({ n: '*' });
  return {
    programmes: Number(programmes),
    missing: Number(missing),
    stale: Number(stale),
  };
}
