// The edits docs/install.md asks an administrator to make, applied to a
// freshly scaffolded portal (`npx @backstage/create-app`), so CI proves the
// guide. Each block names the guide's step it carries out; every edit checks
// that the scaffold still has the text it changes and stops otherwise.
//
//   node scripts/install-check/applyInstallSteps.mjs <portal> <dist-packages>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [portalArg, packsArg] = process.argv.slice(2);
if (!portalArg || !packsArg) {
  console.error('usage: applyInstallSteps.mjs <portal> <dist-packages>');
  process.exit(2);
}
const portal = resolve(portalArg);
const packs = resolve(packsArg);

/** The tarball of one package in dist-packages/ (`yarn release:pack`). */
function tarball(name) {
  const prefix = `${name.replace('/', '-')}-`;
  const found = readdirSync(packs).filter(
    file => file.startsWith(prefix) && /^\d/.test(file.slice(prefix.length)),
  );
  if (found.length !== 1) {
    throw new Error(`expected one ${prefix}*.tgz in ${packs}, found ${found}`);
  }
  return `file:${join(packs, found[0])}`;
}

function editJson(file, edit) {
  const path = join(portal, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`edited ${file}`);
}

function editText(file, from, to) {
  const path = join(portal, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) {
    throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  }
  writeFileSync(path, text.replace(from, to));
  console.log(`edited ${file}`);
}

// Step 1: the packages. The backend and the search module in the backend
// package, the frontend plugin in the app package; the shared common package
// and better-sqlite3 13 as root resolutions.
editJson('packages/backend/package.json', pkg => {
  pkg.dependencies['@csip-coach/plugin-csip-backend'] = tarball(
    '@csip-coach/plugin-csip-backend',
  );
  pkg.dependencies['@csip-coach/plugin-search-backend-module-csip'] = tarball(
    '@csip-coach/plugin-search-backend-module-csip',
  );
});
editJson('packages/app/package.json', pkg => {
  pkg.dependencies['@csip-coach/plugin-csip'] = tarball(
    '@csip-coach/plugin-csip',
  );
});
editJson('package.json', pkg => {
  pkg.resolutions = {
    ...pkg.resolutions,
    '@csip-coach/plugin-csip-common': tarball('@csip-coach/plugin-csip-common'),
    'better-sqlite3': '^13.2.0',
    '@backstage/plugin-signals-backend': '0.3.19',
  };
});

// Step 2: a database that survives a restart, before anything is recorded.
editText(
  'app-config.yaml',
  `    client: better-sqlite3
    connection: ':memory:'`,
  `    client: better-sqlite3
    connection:
      # One SQLite file per plugin in this folder (relative to where the
      # backend starts: packages/backend). Use PostgreSQL in production.
      directory: ./sqlite-data`,
);

// Step 3: the backend plugin and the search collator.
editText(
  'packages/backend/src/index.ts',
  'backend.start();',
  `// CSIP Coach
backend.add(import('@csip-coach/plugin-csip-backend'));
backend.add(import('@csip-coach/plugin-search-backend-module-csip'));

backend.start();`,
);

// Step 4 (frontend) needs no edit: `app.packages: all` discovers the plugin.
editText('app-config.yaml', '  packages: all', '  packages: all');

// Not a guide step: CI's own ports, so a portal on 3000/7007 and the
// repository's e2e portal on 7107 can keep running.
writeFileSync(
  join(portal, 'app-config.local.yaml'),
  `app:
  baseUrl: http://localhost:3200
backend:
  baseUrl: http://localhost:7207
  listen:
    port: 7207
  cors:
    origin: http://localhost:3200
`,
);
console.log('wrote app-config.local.yaml (ports 3200/7207)');
