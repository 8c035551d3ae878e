/**
 * The analyzer's speed in Node on one core: median and p99 per message for short
 * (≤ 300 characters) and long (5–10 KB) messages, messages per second, the first call
 * (which compiles the lexicon), and 100 KB and 1 MB adversarial inputs.
 *
 *   npm run bench -- analyzer
 *
 * Short messages are the ones written for the tests (tests/fixtures/analyzer); long
 * ones join them into letters of 5–10 KB. Every figure is taken after a warm-up,
 * except the first call, which is what a page pays once.
 */
import { analyze } from '../../utils/analyzer/index';
import { fixtureMessages } from '../unit/analyzer/fixtures';

const now = new Date('2024-06-03T09:00:00Z');

const texts: string[] = fixtureMessages().map((m) => m.text);
const short = texts.filter((t) => t.length <= 300);

/** Messages of `min`–`max` characters built from the short ones, in turn, each a different mix. */
function joined(count: number, min: number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = min + ((i * 977) % (max - min + 1));
    let letter = '';
    for (let k = i; letter.length < target; k += 7) letter += `${short[k % short.length]}\n`;
    out.push(letter.slice(0, target));
  }
  return out;
}

const ADVERSARIAL: Record<string, string> = {
  'repeated near-matches (zh)': '起诉起诉征信征xin通讯上门不会联系你家人的电话爆通讯',
  'repeated near-matches (en)': "pay pay now sue court won't contact your employ ",
  'repeated real threats (zh)': '您的借款已逾期，再不还款将上报征信并起诉。',
  'long digit runs': '1234567890',
  'deep punctuation': '((((【【「，。,.:;!?-—',
  'spelled-out letters': 'a.b.c.d.e.f.g.h ',
};

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const ms = (x: number) => `${x.toFixed(3)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times each message `rounds` times; returns every single timing, sorted. */
function timeEach(messages: string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of messages) {
      const t0 = performance.now();
      analyze(text, { now });
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const t0 = performance.now();
analyze(short[0]!, { now });
const firstCall = performance.now() - t0;

// Warm-up: let the engine optimise the hot paths before anything is measured.
for (let i = 0; i < 20; i++) for (const text of short) analyze(text, { now });

const shortTimes = timeEach(short, 50);
const full = joined(100, 250, 300);
const fullTimes = timeEach(full, 30);
const long = joined(40, 5_000, 10_000);
for (const text of long) analyze(text, { now });
const longTimes = timeEach(long, 5);

const loopStart = performance.now();
let analysed = 0;
while (performance.now() - loopStart < 2_000) {
  for (const text of short) analyze(text, { now });
  analysed += short.length;
}
const perSecond = analysed / ((performance.now() - loopStart) / 1000);

const averageLength = (list: string[]) => Math.round(list.reduce((s, t) => s + t.length, 0) / list.length);
console.log(`first call (compiles the lexicon)     ${ms(firstCall)}`);
console.log(`short: ${short.length} messages, ${averageLength(short)} chars on average, ${shortTimes.length} timings`);
console.log(`  median ${ms(percentile(shortTimes, 50))}   p99 ${ms(percentile(shortTimes, 99))}   budget: median ≤ 0.2 ms`);
console.log(`300 chars: ${full.length} messages of 250–300 chars, ${fullTimes.length} timings`);
console.log(`  median ${ms(percentile(fullTimes, 50))}   p99 ${ms(percentile(fullTimes, 99))}   budget: median ≤ 0.2 ms`);
console.log(`long: ${long.length} letters of 5–10 KB, ${averageLength(long)} chars on average, ${longTimes.length} timings`);
console.log(`  median ${ms(percentile(longTimes, 50))}   p99 ${ms(percentile(longTimes, 99))}`);
console.log(`throughput: ${Math.round(perSecond).toLocaleString('en')} short messages per second on one core`);
console.log('adversarial inputs (median of 5 runs):');
for (const [name, unit] of Object.entries(ADVERSARIAL)) {
  const hundredKb = fill(unit, 100_000);
  const megabyte = fill(unit, 1_000_000);
  analyze(hundredKb, { now });
  console.log(`  ${name.padEnd(28)} 100 KB ${ms(median(() => analyze(hundredKb, { now }), 5)).padStart(12)}   1 MB ${ms(median(() => analyze(megabyte, { now }), 3)).padStart(13)}   budget: 100 KB ≤ 50 ms`);
}
