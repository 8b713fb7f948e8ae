#!/usr/bin/env node
/*
 * Lists the JavaScript files of the built demo app (packages/app/dist) that
 * hold code of the CSIP frontend plugin or of @csip-coach/plugin-csip-common,
 * with their gzip sizes, and prints JSON:
 *
 *   { chunks: [...], commonCopies, duplicateModules, totalGzipKiB, lazyGzipKiB }
 *
 * - chunks: one row a file: its name, whether it loads with the page
 *   (`initial`) or lazily, its gzip size, and how many modules of the plugin,
 *   of common and of the status components it holds.
 * - commonCopies: how many files hold code of common.
 * - duplicateModules: modules of the plugin or of common found in more than
 *   one file (each copy after the first is downloaded again).
 * - totalGzipKiB / lazyGzipKiB: gzip of all listed files / of the lazy ones.
 *
 * The modules of a file are read from its source map (`.js.map`, written by
 * `backstage-cli package build`); without one, a file is recognised by
 * strings of the plugin and of common, and its module counts are null.
 *
 * Usage: node scripts/bench/frontendChunks.mjs [distDir]
 * (build first: `yarn workspace app build`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = resolve(process.argv[2] ?? join(repoRoot, 'packages/app/dist'));
const staticDir = join(distDir, 'static');

const PLUGIN_SOURCE = /plugins\/csip\/src\//;
const COMMON_SOURCE = /plugins\/csip-common\/src\//;
const STATUS_SOURCE = /plugins\/csip\/src\/components\/status\//;

// Without a source map (a rough guess): a permission name and a label of
// common; the API ref id and the catalog annotation of the plugin.
const COMMON_MARKERS = ['csip.programme.read', 'Do it yourself with coaching'];
const PLUGIN_MARKERS = ['plugin.csip.api', 'csip-coach/programme-id'];

const kib = bytes => Math.round((bytes / 1024) * 10) / 10;

function modulesOf(file) {
  const mapFile = join(staticDir, `${file}.map`);
  if (!existsSync(mapFile)) {
    return undefined;
  }
  const { sources = [] } = JSON.parse(readFileSync(mapFile, 'utf8'));
  return sources.map(source => source.replace(/^webpack:\/\/[^/]*\//, ''));
}

function describe(file) {
  const code = readFileSync(join(staticDir, file));
  const modules = modulesOf(file);
  const base = {
    file,
    initial: !file.endsWith('.chunk.js'),
    gzipBytes: gzipSync(code, { level: 9 }).length,
  };
  if (modules) {
    const plugin = modules.filter(m => PLUGIN_SOURCE.test(m));
    const common = modules.filter(m => COMMON_SOURCE.test(m));
    if (plugin.length === 0 && common.length === 0) {
      return undefined;
    }
    return {
      ...base,
      method: 'sourcemap',
      pluginModules: plugin.length,
      commonModules: common.length,
      statusModules: plugin.filter(m => STATUS_SOURCE.test(m)).length,
      modules: [...plugin, ...common],
    };
  }
  const text = code.toString('utf8');
  const hasCommon = COMMON_MARKERS.some(marker => text.includes(marker));
  const hasPlugin = PLUGIN_MARKERS.some(marker => text.includes(marker));
  if (!hasCommon && !hasPlugin) {
    return undefined;
  }
  return {
    ...base,
    method: 'marker',
    pluginModules: null,
    commonModules: hasCommon ? null : 0,
    statusModules: null,
    modules: [],
  };
}

if (!existsSync(staticDir)) {
  process.stderr.write(
    `No ${staticDir}: build the app first (yarn workspace app build)\n`,
  );
  process.exit(1);
}

const found = readdirSync(staticDir)
  .filter(file => file.endsWith('.js'))
  .map(describe)
  .filter(Boolean)
  .sort((a, b) => b.gzipBytes - a.gzipBytes);

const filesOfModule = new Map();
for (const chunk of found) {
  for (const module of chunk.modules) {
    filesOfModule.set(module, (filesOfModule.get(module) ?? 0) + 1);
  }
}
const duplicateModules = [...filesOfModule.values()].filter(n => n > 1).length;

const chunks = found.map(({ modules: _modules, gzipBytes, ...chunk }) => ({
  ...chunk,
  gzipBytes,
  gzipKiB: kib(gzipBytes),
}));
const sum = list => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);

process.stdout.write(
  `${JSON.stringify(
    {
      chunks,
      commonCopies: chunks.filter(chunk => chunk.commonModules !== 0).length,
      duplicateModules,
      totalGzipKiB: kib(sum(chunks)),
      lazyGzipKiB: kib(sum(chunks.filter(chunk => !chunk.initial))),
    },
    null,
    2,
  )}\n`,
);
