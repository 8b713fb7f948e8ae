// Checks a portal that scripts/install-check/run.sh has just started with
// CSIP Coach installed (app on :3200, backend on :7207):
//
//   node scripts/install-check/smoke.mjs first-start
//     health; a guest token; the catalog has ingested the scaffold's group;
//     a programme created and read back through the API; an owner that is
//     not in the catalog refused with 400; in Chromium, the CSIP page lists
//     the programme and the group's Improvement card and tab show it.
//   node scripts/install-check/smoke.mjs after-restart
//     health again, and the programme from the first start is still there.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(join(repo, 'package.json'))(
  '@playwright/test',
);
const app = 'http://localhost:3200';
const backend = 'http://localhost:7207';
const stateFile = join(
  process.env.CSIP_INSTALL_DIR ?? '/tmp/csip-install-check',
  'smoke-state.json',
);
const reportDir = join(repo, 'e2e-test-report');
const mode = process.argv[2];

function check(ok, message) {
  if (!ok) throw new Error(message);
  console.log(`ok: ${message}`);
}

async function waitFor(what, probe, seconds) {
  const until = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < until) {
    try {
      const result = await probe();
      if (result) return result;
    } catch (error) {
      last = error;
    }
    await new Promise(r => setTimeout(r, 2000));
  }
  throw new Error(`${what}: not within ${seconds} s (${last ?? 'no answer'})`);
}

async function guestToken() {
  const res = await fetch(`${backend}/api/auth/guest/refresh?env=development`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  check(res.ok, `guest token (${res.status})`);
  return (await res.json()).backstageIdentity.token;
}

async function api(token, method, path, body) {
  const res = await fetch(`${backend}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

async function healthy() {
  const health = await waitFor(
    'GET /api/csip/health',
    async () => {
      const res = await fetch(`${backend}/api/csip/health`);
      return res.ok ? res.json() : undefined;
    },
    420,
  );
  check(health.status === 'ok', `health ${JSON.stringify(health)}`);
}

async function firstStart() {
  await healthy();
  const token = await guestToken();
  await waitFor(
    'the catalog has group:default/guests',
    async () =>
      (
        await api(
          token,
          'GET',
          '/api/catalog/entities/by-name/group/default/guests',
        )
      ).status === 200,
    180,
  );
  const title = `Install check ${new Date().toISOString()}`;
  const created = await api(token, 'POST', '/api/csip/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/guests',
    members: [{ userRef: 'user:default/guest', role: 'coach' }],
  });
  check(created.status === 201, `POST /programmes → ${created.status}`);
  const { id } = created.json();
  const read = await api(token, 'GET', `/api/csip/programmes/${id}`);
  check(
    read.status === 200 && read.json().title === title,
    `GET /programmes/${id} → ${read.status}, the same title`,
  );
  const unknown = await api(token, 'POST', '/api/csip/programmes', {
    title: 'Owned by nobody',
    driver: 'operational',
    ownerRef: 'group:default/no-such-group',
    members: [{ userRef: 'user:default/guest', role: 'coach' }],
  });
  check(
    unknown.status === 400 && unknown.text.includes('ownerRef'),
    `an owner not in the catalog → ${unknown.status}: ${
      unknown.status === 400 ? unknown.json().error.message : unknown.text
    }`,
  );
  writeFileSync(stateFile, JSON.stringify({ id, title }));

  await inChromium(async page => {
    await page.goto(`${app}/`);
    // The scaffold's sign-in page: the guest provider's card.
    await page.getByRole('button', { name: 'Enter' }).click();
    const nav = page.getByRole('navigation', { name: 'sidebar nav' });
    await nav.getByRole('link', { name: 'CSIP', exact: true }).click();
    await page.getByRole('link', { name: title }).waitFor();
    check(true, 'the sidebar CSIP item opens /csip, which lists the programme');
    await page.screenshot({ path: join(reportDir, 'install-check-csip.png') });

    await page.goto(`${app}/catalog/default/group/guests`);
    await page.getByRole('region', { name: title }).waitFor();
    check(true, "the group's overview has the Improvement card");
    await page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'Improvement' })
      .click();
    await page
      .getByRole('heading', { name: 'Improvement programmes' })
      .waitFor();
    await page.getByRole('region', { name: title }).waitFor();
    check(true, "the group's Improvement tab lists the programme");
    await page.screenshot({
      path: join(reportDir, 'install-check-improvement-tab.png'),
      fullPage: true,
    });
  });
}

async function afterRestart() {
  await healthy();
  const { id, title } = JSON.parse(readFileSync(stateFile, 'utf8'));
  const token = await guestToken();
  const read = await api(token, 'GET', `/api/csip/programmes/${id}`);
  check(
    read.status === 200 && read.json().title === title,
    `after a restart, GET /programmes/${id} → ${read.status}, the same title`,
  );
}

async function inChromium(run) {
  mkdirSync(reportDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
    });
    // The first load of the development bundle takes minutes on 2 cores.
    page.setDefaultTimeout(240_000);
    try {
      await run(page);
    } catch (error) {
      await page
        .screenshot({ path: join(reportDir, 'install-check-failure.png') })
        .catch(() => {});
      throw error;
    }
  } finally {
    await browser.close();
  }
}

try {
  if (mode === 'first-start') await firstStart();
  else if (mode === 'after-restart') await afterRestart();
  else throw new Error('usage: smoke.mjs first-start|after-restart');
} catch (error) {
  console.error(`install check failed: ${error.message}`);
  process.exit(1);
}
