#!/usr/bin/env node
// Starts the real demo backend on SQLite (a fresh database directory) and
// sends it repeated signed-in requests for a bounded time, then checks that
// the process is still alive and every answer was as expected. This guards
// against the better-sqlite3 <= 12 native abort on Node 24 (see README).
//
// Usage: node scripts/soak.mjs [seconds]   (default 60; SOAK_SECONDS also works)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  freshDatabase,
  guestToken,
  startBackend,
  tail,
} from './lib/backend.mjs';

const seconds = Number(process.argv[2] ?? process.env.SOAK_SECONDS ?? 60);
const port = Number(process.env.SOAK_PORT ?? 7207);
const database = freshDatabase('sqlite', 'soak');
// The real backend, without the file watcher (see scripts/lib/backend.mjs).
// It tests that the process stays up, not the catalog: the first write comes
// right after the start, before the catalog may have read examples/, so refs
// are not checked (see csip.catalogRefCheck in plugins/csip-backend/README.md).
const backend = startBackend({
  port,
  database,
  name: 'soak backend',
  extraConfig: "csip:\n  catalogRefCheck: 'off'",
});
const base = backend.base;

async function stop() {
  await backend.stop();
  rmSync(dirname(database.directory), { recursive: true, force: true });
}

async function main() {
  await backend.waitHealthy(180_000);

  const token = await guestToken(base);
  const auth = { Authorization: `Bearer ${token}` };

  const counts = { requests: 0, created: 0, unexpected: 0 };
  const end = Date.now() + seconds * 1000;
  const maxRequests = 2_000_000;
  while (Date.now() < end && counts.requests < maxRequests) {
    if (backend.exited) break;
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

  const log = backend.log();
  const aborted = /Assertion failed|Aborted|core dumped/.test(log);
  const alive = !backend.exited;
  console.log(
    `soak: ${seconds}s, ${counts.requests} requests, ${counts.created} programmes created, ` +
      `${counts.unexpected} unexpected answers, backend ${
        alive ? 'alive' : `exited ${JSON.stringify(backend.exited)}`
      }, ` +
      `${aborted ? 'native abort in log' : 'no native abort'}`,
  );
  if (!alive || aborted || counts.unexpected > 0 || counts.created === 0) {
    console.error(tail(log));
    throw new Error('soak failed');
  }
}

main()
  .then(async () => {
    await stop();
    process.exit(0);
  })
  .catch(async error => {
    console.error(error);
    await stop();
    process.exit(1);
  });
