import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';
import { resolve } from 'node:path';

/**
 * End-to-end tests in the Debian Chromium (`/usr/bin/chromium`, or
 * `CHROMIUM_PATH`): Playwright cannot download its own browsers here.
 * The portal is started with app-config.e2e.yaml (ports 3100/7107, fresh
 * in-memory SQLite), so a demo portal on 3000/7007 can keep running.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const configArgs = ['app-config.yaml', 'app-config.e2e.yaml']
  .map(file => `--config ${resolve(__dirname, file)}`)
  .join(' ');

export default defineConfig({
  // A test signs in up to three people; each new page loads the development
  // bundle, which takes 20–30 s on a busy 2-core machine.
  timeout: 180_000,
  expect: { timeout: 30_000 },

  webServer: [
    {
      command: `yarn backstage-cli repo start app backend ${configArgs}`,
      url: 'http://localhost:3100',
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The backend comes up from the command above; this entry only makes
      // Playwright wait for its health endpoint as well.
      command: 'node -e "setInterval(() => {}, 1 << 30)"',
      url: 'http://localhost:7107/api/csip/health',
      reuseExistingServer: true,
      timeout: 300_000,
    },
  ],

  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,

  reporter: [
    ['list'],
    ['json', { outputFile: 'e2e-test-report/results.json' }],
    ['html', { open: 'never', outputFolder: 'e2e-test-report/html' }],
  ],

  use: {
    baseURL: 'http://localhost:3100',
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
