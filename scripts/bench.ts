/**
 * Runs every benchmark and prints medians, percentiles and ratios.
 * - tests/bench/*.bench.ts run in Node (the analyzer and other pure code);
 * - tests/bench/*.browser.spec.ts run in real Chromium with the built extension
 *   (run `npm run build` first).
 * Benchmarks never fail the test suite: these machines are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('tests/bench').sort();
const only = process.argv.slice(2);
const wanted = (f: string) => only.length === 0 || only.some((o) => f.includes(o));

let failed = false;
for (const file of files.filter((f) => f.endsWith('.bench.ts') && wanted(f))) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
const browserSpecs = files.filter((f) => f.endsWith('.browser.spec.ts') && wanted(f));
if (browserSpecs.length) {
  console.log('\n## In Chromium\n');
  const run = spawnSync('npx', ['playwright', 'test', '--config', 'tests/bench/playwright.config.ts', ...browserSpecs], {
    stdio: 'inherit',
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
