import { defineConfig } from '@playwright/test';

/** Browser benchmarks: one at a time, so they do not compete for the two cores. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser.spec.ts',
  workers: 1,
  timeout: 300_000,
  reporter: 'list',
});
