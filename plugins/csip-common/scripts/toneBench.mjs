#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Measures the tone checker's speed on a 300-word review text, in Node and in
 * headless Chromium, with the very same bundle of `checkTone` (esbuild).
 * Prints the figures and writes them to e2e-test-report/tone-bench.json.
 *
 *   yarn bench:tone                       # Node and Chromium
 *   CHROMIUM=/path/to/chromium yarn bench:tone
 *   TONE_BENCH_SKIP_BROWSER=1 yarn bench:tone   # Node only
 *
 * Not a test: the figures depend on the machine, so nothing here fails on
 * a slow run.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const entry = path.join(here, 'toneBenchEntry.ts');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tone-bench-'));
const ITERATIONS = Number(process.env.TONE_BENCH_ITERATIONS ?? 500);

async function bundle(format, platform) {
  const outfile = path.join(out, `tone.${format}.js`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format,
    platform,
    globalName: format === 'iife' ? 'ToneBench' : undefined,
    outfile,
    logLevel: 'warning',
    minify: true,
  });
  return outfile;
}

/** The benchmark, run as-is in Node and in the page. */
function runBenchmark(api, iterations) {
  const now = () => performance.now();
  const t0 = now();
  api.checkTone('Warm the model up.');
  const loadMs = now() - t0;
  const text = api.text300();
  const words = text.split(/\s+/).length;
  for (let i = 0; i < 50; i++) api.checkTone(text);
  const samples = [];
  // Batches of 10 keep the timer's resolution (5-100 µs in browsers) small
  // against the measured time.
  for (let i = 0; i < iterations / 10; i++) {
    const s = now();
    for (let j = 0; j < 10; j++) api.checkTone(text);
    samples.push((now() - s) / 10);
  }
  samples.sort((a, b) => a - b);
  const pick = q =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return {
    words,
    findings: api.checkTone(text).length,
    modelLoadMs: +loadMs.toFixed(1),
    medianMs: +pick(0.5).toFixed(3),
    p95Ms: +pick(0.95).toFixed(3),
    maxMs: +samples[samples.length - 1].toFixed(3),
    iterations,
  };
}

async function node() {
  const file = await bundle('esm', 'node');
  const api = await import(pathToFileURL(file).href);
  return {
    runtime: `node ${process.version}`,
    ...runBenchmark(api, ITERATIONS),
  };
}

async function chromium() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    return { runtime: 'chromium', skipped: `no browser at ${executablePath}` };
  }
  const { chromium: launcher } = await import('playwright-core');
  const file = await bundle('iife', 'browser');
  const browser = await launcher.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>tone bench</title>');
    await page.addScriptTag({ path: file });
    const result = await page.evaluate(
      ([source, iterations]) => {
        // eslint-disable-next-line no-new-func
        const run = new Function(`return (${source})`)();
        return run(globalThis.ToneBench, iterations);
      },
      [runBenchmark.toString(), ITERATIONS],
    );
    return { runtime: `chromium ${browser.version()}`, ...result };
  } finally {
    await browser.close();
  }
}

const results = [await node()];
if (!process.env.TONE_BENCH_SKIP_BROWSER) results.push(await chromium());
const report = {
  budgetMs: 2,
  text: '300 words of review text (judgemental and neutral sentences)',
  measuredAt: new Date().toISOString(),
  cpus: os.cpus().length,
  results,
};
fs.mkdirSync(path.join(root, 'e2e-test-report'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'e2e-test-report/tone-bench.json'),
  `${JSON.stringify(report, null, 2)}\n`,
);
for (const r of results) {
  if (r.skipped) {
    console.log(`${r.runtime}: skipped (${r.skipped})`);
  } else {
    console.log(
      `${r.runtime}: ${r.words} words, ${r.findings} findings — median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms per check (model load ${r.modelLoadMs} ms, once)`,
    );
  }
}
fs.rmSync(out, { recursive: true, force: true });
