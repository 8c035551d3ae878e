/**
 * The analyzer on the command line.
 *
 *   npm run analyze -- "message text" [--now 2024-06-01T09:00:00Z]   a report for a person
 *   npm run --silent analyze -- --jsonl < in.jsonl > out.jsonl        one result line per input line
 *
 * JSONL input lines are {"id", "text", "now"?}; a line that cannot be read gets
 * {"id", "error"} and the run goes on. The exit status is 0 unless standard input
 * cannot be read.
 */
import { createInterface } from 'node:readline';
import { analyze } from '../utils/analyzer/index';
import { analyzeLine } from './analyze/jsonl';
import { formatReport } from './analyze/report';

const args = process.argv.slice(2);
const nowAt = args.indexOf('--now');
const now = nowAt >= 0 ? new Date(args[nowAt + 1] ?? '') : new Date();
if (Number.isNaN(now.getTime())) {
  console.error('--now needs an ISO time, e.g. 2024-06-01T09:00:00Z');
  process.exit(2);
}

async function runJsonl(): Promise<void> {
  process.stdin.on('error', (error) => {
    console.error(`Could not read standard input: ${error.message}`);
    process.exit(2);
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(analyzeLine(line, now))}\n`);
  }
}

const text = args.filter((a, i) => !a.startsWith('--') && !(nowAt >= 0 && i === nowAt + 1)).join(' ');
if (args.includes('--jsonl')) {
  await runJsonl();
} else if (text) {
  console.log(formatReport(text, analyze(text, { now })));
} else {
  console.error('Give a message to analyse: npm run analyze -- "message text", or --jsonl to read JSON lines on standard input.');
  process.exit(2);
}
