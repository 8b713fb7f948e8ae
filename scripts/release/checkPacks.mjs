#!/usr/bin/env node
/**
 * Checks the four publishable plugin packages, after `yarn release:pack`:
 *
 * - what `npm pack --dry-run` would publish from each package folder (its
 *   prepack step included) holds only allowed paths and every required one;
 * - each tarball in dist-packages/ has the same files, a package.json
 *   without `workspace:` ranges or `private`, internal dependencies on the
 *   current versions, and entry points that exist inside the tarball;
 * - the root, packages/app and packages/backend stay private.
 *
 * Prints a table (package, version, files, sizes) and exits 1 on any problem.
 *
 * Usage: yarn release:pack && yarn test:packages
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const outDir = path.join(root, 'dist-packages');

/** The published packages; only the backend ships migrations. */
const PACKAGES = [
  { dir: 'plugins/csip-common' },
  { dir: 'plugins/csip-backend', migrations: true },
  { dir: 'plugins/csip' },
  { dir: 'plugins/search-backend-module-csip' },
];
/** Packages that must never be published. */
const PRIVATE_PACKAGES = ['.', 'packages/app', 'packages/backend'];
const ENTRY_POINT_FIELDS = ['main', 'module', 'types'];

const problems = [];
const rows = [];

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** `./dist/index.cjs.js` -> `dist/index.cjs.js` */
function normalise(file) {
  return file.replace(/^\.\//, '');
}

/** The tarball name `yarn pack --out %s-%v.tgz` gives a package. */
function tarballName(pkg) {
  return `${pkg.name.replace('/', '-')}-${pkg.version}.tgz`;
}

function isAllowed(file, spec) {
  if (['package.json', 'README.md', 'CHANGELOG.md'].includes(file)) {
    return true;
  }
  if (file.startsWith('dist/')) {
    return true;
  }
  if (spec.migrations && file.startsWith('migrations/')) {
    return true;
  }
  return (
    spec.configSchema !== undefined &&
    [spec.configSchema, 'config.schema.json'].includes(file)
  );
}

/** The files a published package must contain, from its source package.json. */
function requiredFiles(dir, source) {
  const required = ['package.json', 'README.md', 'CHANGELOG.md'];
  for (const field of ENTRY_POINT_FIELDS) {
    const entry = source.publishConfig?.[field];
    if (entry) {
      required.push(normalise(entry));
    }
  }
  if (source.configSchema) {
    // backstage-cli package prepack compiles config.d.ts into this file.
    required.push('config.schema.json');
  }
  const migrationsDir = path.join(root, dir, 'migrations');
  if (fs.existsSync(migrationsDir)) {
    for (const file of fs.readdirSync(migrationsDir, { recursive: true })) {
      if (fs.statSync(path.join(migrationsDir, file)).isFile()) {
        required.push(`migrations/${file.split(path.sep).join('/')}`);
      }
    }
  }
  return [...new Set(required)];
}

/** Problems with a file list: paths not allowed and required paths missing. */
function checkFileList(label, files, spec, required) {
  const found = [];
  const notAllowed = files.filter(file => !isAllowed(file, spec));
  if (notAllowed.length > 0) {
    found.push(
      `${label} holds paths that should not ship: ${notAllowed.join(', ')}`,
    );
  }
  const missing = required.filter(file => !files.includes(file));
  if (missing.length > 0) {
    found.push(`${label} lacks required files: ${missing.join(', ')}`);
  }
  return found;
}

/** What `npm pack` would publish from the package folder (runs its prepack). */
function npmPackDryRun(dir) {
  let stdout;
  try {
    stdout = execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: path.join(root, dir),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `npm pack --dry-run failed: ${error.stderr || error.message}`,
    );
  }
  const [result] = JSON.parse(stdout);
  return result;
}

function tar(args) {
  return execFileSync('tar', args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function checkTarball(spec, source, versions, required, npmFiles) {
  const file = path.join(outDir, tarballName(source));
  if (!fs.existsSync(file)) {
    return {
      found: [
        `no tarball dist-packages/${tarballName(
          source,
        )}; run yarn release:pack`,
      ],
    };
  }
  const found = [];
  const files = tar(['-tzf', file])
    .split('\n')
    .filter(entry => entry && !entry.endsWith('/'))
    .map(entry => entry.replace(/^package\//, ''))
    .sort();
  found.push(...checkFileList('the tarball', files, spec, required));

  const onlyInTarball = files.filter(f => !npmFiles.includes(f));
  const onlyInNpm = npmFiles.filter(f => !files.includes(f));
  if (onlyInTarball.length > 0 || onlyInNpm.length > 0) {
    found.push(
      `the tarball and npm pack disagree: only in the tarball [${onlyInTarball.join(
        ', ',
      )}], only in npm pack [${onlyInNpm.join(', ')}]`,
    );
  }

  const text = tar(['-xzf', file, '-O', 'package/package.json']);
  const packed = JSON.parse(text);
  if (text.includes('workspace:')) {
    found.push('the packed package.json still has workspace: ranges');
  }
  if ('private' in packed) {
    found.push(`the packed package.json has private: ${packed.private}`);
  }
  if (packed.name !== source.name || packed.version !== source.version) {
    found.push(
      `the tarball is ${packed.name}@${packed.version}, the package is ${source.name}@${source.version}`,
    );
  }
  for (const field of [...ENTRY_POINT_FIELDS, 'configSchema']) {
    const entry = packed[field];
    if (entry && !files.includes(normalise(entry))) {
      found.push(`${field} ${entry} is not in the tarball`);
    }
  }
  if (!packed.main || !packed.types) {
    found.push('the packed package.json lacks main or types');
  }
  for (const [name, range] of Object.entries(packed.dependencies ?? {})) {
    if (versions.has(name) && range !== `^${versions.get(name)}`) {
      found.push(
        `dependency ${name} is ${range}, expected ^${versions.get(name)}`,
      );
    }
  }
  return { found, files, bytes: fs.statSync(file).size };
}

function checkPackage(spec, versions) {
  const source = readJson(path.join(root, spec.dir, 'package.json'));
  const fullSpec = { ...spec, configSchema: source.configSchema };
  const found = [];
  if (source.private) {
    found.push('package.json has private: true');
  }
  if (source.publishConfig?.access !== 'public') {
    found.push('publishConfig.access is not public');
  }
  const required = requiredFiles(spec.dir, source);

  const npm = npmPackDryRun(spec.dir);
  const npmFiles = npm.files.map(f => f.path).sort();
  found.push(
    ...checkFileList('npm pack --dry-run', npmFiles, fullSpec, required),
  );

  const tarball = checkTarball(fullSpec, source, versions, required, npmFiles);
  found.push(...tarball.found);

  for (const message of found) {
    problems.push(`${source.name}: ${message}`);
  }
  rows.push([
    source.name,
    source.version,
    String(tarball.files?.length ?? npm.entryCount),
    tarball.bytes ? `${(tarball.bytes / 1000).toFixed(1)} kB` : '-',
    `${(npm.unpackedSize / 1000).toFixed(1)} kB`,
    found.length === 0 ? 'ok' : `${found.length} problem(s)`,
  ]);
}

function printTable(header, body) {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map(row => row[i].length)),
  );
  const line = row =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map(w => '-'.repeat(w))));
  body.forEach(row => console.log(line(row)));
}

const started = Date.now();
const sources = PACKAGES.map(spec =>
  readJson(path.join(root, spec.dir, 'package.json')),
);
const versions = new Map(sources.map(pkg => [pkg.name, pkg.version]));

for (const dir of PRIVATE_PACKAGES) {
  const pkg = readJson(path.join(root, dir, 'package.json'));
  if (pkg.private !== true) {
    problems.push(`${pkg.name} (${dir}) must stay private: true`);
  }
}
for (const spec of PACKAGES) {
  try {
    checkPackage(spec, versions);
  } catch (error) {
    problems.push(`${spec.dir}: ${error.message}`);
  }
}
const expected = new Set(sources.map(tarballName));
if (fs.existsSync(outDir)) {
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith('.tgz') && !expected.has(file)) {
      problems.push(
        `dist-packages/${file} is not one of the current packages; run yarn release:pack`,
      );
    }
  }
}

printTable(
  ['package', 'version', 'files', 'tarball', 'unpacked', 'check'],
  rows,
);
console.log(`checked in ${Math.round((Date.now() - started) / 1000)} s`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  problems.forEach(problem => console.error(`- ${problem}`));
  process.exit(1);
}
console.log('all packages ok');
