import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the built extension (.output/chrome-mv3) into the system's
 * Chromium. Build first: `npm run build`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder on start; keep it apart from the unit test report.
  outputDir: 'test-results/e2e-artifacts',
  // Each test gets its own browser profile; two at a time suits a 2-core machine.
  workers: 2,
  fullyParallel: true,
  // One retry in CI only: on a heavily loaded machine a real-keyboard paste test has
  // been seen to miss once in about forty runs. A retried pass is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: { trace: 'off' },
});
