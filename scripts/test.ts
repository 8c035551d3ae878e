/**
 * `npm test`: every check, in order, stopping at the first failure —
 * type-check, lint, unit tests, production builds (Chrome and Firefox), build
 * checks (size budgets, manifest, content-script isolation), end-to-end tests.
 * Ends with one plain line counting the tests that ran: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const UNIT_JSON = 'test-results/unit.json';
const E2E_JSON = 'test-results/e2e.json';

const steps: Step[] = [
  { name: 'type-check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  {
    name: 'unit tests',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_JSON}`],
  },
  { name: 'build (Chrome)', command: ['npx', 'wxt', 'build'] },
  { name: 'build (Firefox) and web-ext lint', command: ['npm', 'run', '--silent', 'build:firefox'] },
  { name: 'build checks', command: ['npx', 'tsx', 'scripts/check-build.ts'] },
  {
    name: 'end-to-end tests',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_JSON },
  },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Passed only on a retry. */
  flaky?: number;
}

function unitCounts(): Counts {
  if (!existsSync(UNIT_JSON)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(UNIT_JSON, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function e2eCounts(): Counts {
  if (!existsSync(E2E_JSON)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(E2E_JSON, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped, flaky: r.stats.flaky };
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let failedStep: string | null = null;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.log(`✖ ${step.name} failed (${seconds} s)`);
    failedStep = step.name;
    break;
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}

const unit = unitCounts();
const e2e = e2eCounts();
const total = {
  passed: unit.passed + e2e.passed,
  failed: unit.failed + e2e.failed + (failedStep && unit.failed + e2e.failed === 0 ? 1 : 0),
  skipped: unit.skipped + e2e.skipped,
};
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`end-to-end: ${e2e.passed} passed (${e2e.flaky ?? 0} on a retry), ${e2e.failed} failed, ${e2e.skipped} skipped`);
if (failedStep) console.log(`stopped at: ${failedStep}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
