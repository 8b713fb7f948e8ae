#!/usr/bin/env node
// Starts the real demo backend on SQLite (a fresh database directory) and
// sends it repeated signed-in requests for a bounded time, then checks that
// the process is still alive and every answer was as expected. This guards
// against the better-sqlite3 <= 12 native abort on Node 24 (see README).
//
// Usage: node scripts/soak.mjs [seconds]   (default 60; SOAK_SECONDS also works)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const seconds = Number(process.argv[2] ?? process.env.SOAK_SECONDS ?? 60);
const port = 7207;
const base = `http://127.0.0.1:${port}`;
const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'csip-soak-'));
const configFile = join(dataDir, 'app-config.soak.yaml');
writeFileSync(
  configFile,
  [
    'backend:',
    `  baseUrl: ${base}`,
    `  listen: { port: ${port} }`,
    '  database:',
    '    client: better-sqlite3',
    `    connection: { directory: ${JSON.stringify(join(dataDir, 'sqlite'))} }`,
  ].join('\n'),
);

let log = '';
// The backend runs the way `backstage-cli package start` runs it, but without
// the file watcher, so edits elsewhere in the checkout cannot restart it.
const require = createRequire(import.meta.url);
const backend = spawn(
  process.execPath,
  [
    '--enable-source-maps',
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    'src/index.ts',
    '--config',
    join(root, 'app-config.yaml'),
    '--config',
    configFile,
  ],
  {
    cwd: join(root, 'packages/backend'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      ESBK_TSCONFIG_PATH: join(root, 'tsconfig.json'),
    },
  },
);
let exited = undefined;
backend.on('exit', (code, signal) => {
  exited = { code, signal };
});
backend.stdout.on('data', d => (log += d));
backend.stderr.on('data', d => (log += d));

const sleep = ms => new Promise(r => setTimeout(r, ms));

function stop() {
  try {
    process.kill(-backend.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
}

async function main() {
  const startDeadline = Date.now() + 180_000;
  for (;;) {
    if (exited)
      throw new Error(
        `backend exited during start-up: ${JSON.stringify(exited)}`,
      );
    if (Date.now() > startDeadline)
      throw new Error('backend did not start within 180 s');
    try {
      const res = await fetch(`${base}/api/csip/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await sleep(1000);
  }

  const tokenRes = await fetch(
    `${base}/api/auth/guest/refresh?env=development`,
    {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    },
  );
  const token = (await tokenRes.json()).backstageIdentity.token;
  const auth = { Authorization: `Bearer ${token}` };

  const counts = { requests: 0, created: 0, unexpected: 0 };
  const end = Date.now() + seconds * 1000;
  const maxRequests = 2_000_000;
  while (Date.now() < end && counts.requests < maxRequests) {
    if (exited) break;
    const i = counts.requests;
    let res;
    if (i % 10 === 0) {
      res = await fetch(`${base}/api/csip/programmes`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Soak programme ${i}`,
          driver: 'operational',
          ownerRef: 'group:default/it-operations',
        }),
      });
      if (res.status === 201) counts.created++;
      else counts.unexpected++;
    } else if (i % 10 === 5) {
      res = await fetch(`${base}/api/csip/programmes`);
      if (res.status !== 401) counts.unexpected++;
    } else {
      res = await fetch(`${base}/api/csip/programmes?limit=50&q=soak`, {
        headers: auth,
      });
      if (res.status !== 200) counts.unexpected++;
    }
    await res.arrayBuffer();
    counts.requests++;
  }

  const aborted = /Assertion failed|Aborted|core dumped/.test(log);
  const alive = !exited;
  console.log(
    `soak: ${seconds}s, ${counts.requests} requests, ${counts.created} programmes created, ` +
      `${counts.unexpected} unexpected answers, backend ${
        alive ? 'alive' : `exited ${JSON.stringify(exited)}`
      }, ` +
      `${aborted ? 'native abort in log' : 'no native abort'}`,
  );
  if (!alive || aborted || counts.unexpected > 0 || counts.created === 0) {
    console.error(log.split('\n').slice(-40).join('\n'));
    throw new Error('soak failed');
  }
}

main()
  .then(() => {
    stop();
    process.exit(0);
  })
  .catch(error => {
    console.error(error);
    stop();
    process.exit(1);
  });
