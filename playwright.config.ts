import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';
import { resolve } from 'node:path';

/**
 * End-to-end tests in the Debian Chromium (`/usr/bin/chromium`, or
 * `CHROMIUM_PATH`): Playwright cannot download its own browsers here.
 * The app is a production build (`yarn workspace app build`, about 20 s),
 * served by the backend's app-backend plugin on port 7107 with
 * app-config.e2e.yaml layered on (a fresh in-memory SQLite database), so a
 * demo portal on 3000/7007 can keep running. A production bundle loads in a
 * second or two; the development server's took 20–30 s per new page on a
 * busy 2-core machine.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const configArgs = ['app-config.yaml', 'app-config.e2e.yaml']
  .map(file => `--config ${resolve(__dirname, file)}`)
  .join(' ');

export default defineConfig({
  // A test signs in up to three people.
  timeout: 120_000,
  expect: { timeout: 30_000 },

  webServer: {
    command: `yarn workspace app build && yarn backstage-cli repo start backend ${configArgs}`,
    url: 'http://localhost:7107/api/csip/health',
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },

  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,

  reporter: [
    ['list'],
    ['json', { outputFile: 'e2e-test-report/results.json' }],
    ['html', { open: 'never', outputFolder: 'e2e-test-report/html' }],
  ],

  use: {
    baseURL: 'http://localhost:7107',
    actionTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },

  outputDir: 'node_modules/.cache/e2e-test-results',

  projects: generateProjects().map(project => ({
    ...project,
    use: { ...project.use, channel: undefined },
  })),
});
