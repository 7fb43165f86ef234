import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
const basePath = '/triage/';

// Debian's Chromium where there is one (no browser download needed), else Playwright's own.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: CI machines are small and a test that waits is not a timing test.
  timeout: 60_000,
  // A wait is not a measurement: with two workers on two cores, a step's chunk can take
  // seconds to arrive while the other worker reads a 48 MB log.
  expect: { timeout: 10_000 },
  // Durations of every test are kept in a file, so a slow one can be found after any run.
  reporter: [['list'], ['json', { outputFile: 'test-results/durations.json' }]],
  // On CI a broken build stops after ten failures instead of timing out test by test.
  maxFailures: process.env.CI ? 10 : 0,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node e2e/static-server.mjs`,
    env: { PORT: String(port), BASE_PATH: basePath },
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
