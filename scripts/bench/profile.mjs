#!/usr/bin/env node
// Profiles the product's first portfolio page: starts the production bundle
// with --cpu-prof on a fresh SQLite database, seeds N programmes through
// POST /import, loads GET /programmes?limit=50 for S seconds, stops the
// backend (which writes the .cpuprofile) and prints the top self-time
// functions grouped by package.
//
// Usage: node scripts/bench/profile.mjs [--programmes N] [--seconds S] [--path P]
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csipClient, guestToken, startBackend } from '../lib/backend.mjs';
import { makeArchive } from './archive.mjs';
import { load } from './load.mjs';
import { buildBackendBundle, removeBackendBundle } from './productBuild.mjs';

const argv = process.argv.slice(2);
const flag = (name, d) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : d;
};
const programmes = Number(flag('--programmes', 200));
const seconds = Number(flag('--seconds', 10));
const path = flag('--path', '/programmes?limit=50');
const profDir = mkdtempSync('/tmp/csip-prof-');

const builtEntry = await buildBackendBundle();
const profiling = !argv.includes('--no-prof');
if (profiling)
  process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profDir}`;
const backend = startBackend({
  port: 7330,
  database: {
    engine: 'sqlite',
    directory: join(mkdtempSync('/tmp/csip-prof-db-'), 'sqlite'),
  },
  name: 'profiled product',
  extraConfig: [
    'csip:',
    "  catalogRefCheck: 'off'",
    '  demoData: false',
    'auth:',
    '  providers:',
    '    guest:',
    '      userEntityRef: user:default/guest',
    '      dangerouslyAllowOutsideDevelopment: true',
  ].join('\n'),
  nodeEnv: 'production',
  builtEntry,
});
delete process.env.NODE_OPTIONS;
await backend.waitHealthy();
const token = await guestToken(backend.base);
const client = csipClient(backend.base, token);
const now = Date.now();
for (let i = 0; i < programmes; i++) {
  const res = await client.post('/import', makeArchive(i, { now }));
  if (res.status !== 201) throw new Error(`import ${res.status}`);
}
const result = await load({
  url: `${backend.base}/api/csip${path}`,
  headers: { Authorization: `Bearer ${token}` },
  connections: 10,
  seconds,
});
console.log(
  JSON.stringify({ rps: result.rps, p50: result.p50Ms, p99: result.p99Ms }),
);
await backend.stop();
removeBackendBundle(builtEntry);
if (!profiling) process.exit(0);

const file = readdirSync(profDir).find(f => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFn = new Map();
const byPkg = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ??
    (f.url.includes('plugins/csip')
      ? 'csip'
      : f.url
      ? f.url.split('/').slice(-2).join('/')
      : `(${f.functionName || 'native'})`);
  const key = `${f.functionName || '(anon)'} ${pkg}:${f.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
}
const top = (m, n) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(
  `profile: ${join(profDir, file)}\n-- by package --\n${top(
    byPkg,
    25,
  )}\n-- by function --\n${top(byFn, 30)}`,
);
