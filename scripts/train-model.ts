/**
 * Trains the message model (utils/analyzer/model/) and writes its weights module.
 *
 * The rules catch the tactics they were written for; the model weighs all the words of
 * a message to say whether it is collection at all, where the rules' gate fails on
 * phrasings no rule has met. It learns from every labelled message in tests/fixtures:
 * the analyzer's own fixtures, held to exact labels, and tests/fixtures/model, whole
 * batches of messages as their writers labelled them, misses included. Never from the
 * development set.
 *
 * One logistic regression, "is this message collection?", on the presence of the
 * features in features.ts. Only the strongest weights are kept, as small integer steps,
 * so the analyzer stays small. Training is deterministic: the same corpus gives the same
 * file.
 *
 *   npx tsx scripts/train-model.ts          trains and writes the weights
 *   npx tsx scripts/train-model.ts --check  exits 1 if the weights are older than the corpus
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { featureSet } from '../utils/analyzer/model/features';
import { STEP_ZERO } from '../utils/analyzer/model/read';
import { normalize } from '../utils/analyzer/text/normalize';
import { parseGold } from './eval/corpus';
import type { GoldMessage } from './eval/score';

export const OUTPUT = 'utils/analyzer/model/weights.ts';
const CORPORA = ['tests/fixtures/analyzer', 'tests/fixtures/model'];
const FOLDING = [
  ...readdirSync('utils/analyzer/text').map((f) => join('utils/analyzer/text', f)),
  'utils/analyzer/lexicon/char-variants.ts',
  'utils/analyzer/lexicon/dodges.ts',
].sort();

/** How training runs; part of the fingerprint, so changing one asks for a new file. */
const SETTINGS = {
  minCount: 3, // a feature seen in fewer messages is noise
  iterations: 300,
  rate: 0.05, // Adam's step size
  l2: 1e-4, // the penalty on the squared weights, against the mean log loss
  keep: 2000, // strongest weights kept
  levels: 45, // weights are stored as −45…45 steps of the largest's 45th part
};

/** The corpus files, in a fixed order. */
function corpusFiles(): string[] {
  return CORPORA.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

/** Names the corpus, the trainer and its settings: any change makes a new fingerprint. */
export function corpusFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(SETTINGS));
  // The folding decides what the features are, so its tables count too.
  const reader = ['scripts/train-model.ts', 'utils/analyzer/model/features.ts', ...FOLDING];
  for (const file of [...corpusFiles(), ...reader]) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Every labelled message once, with its folded text, in an order set by the text
 * alone: a message copied from tests/fixtures/model into the fixtures (when the analyzer
 * reads it right) leaves the training, and so the weights, as they were.
 */
function corpus(): Array<{ message: GoldMessage; folded: string }> {
  const seen = new Map<string, GoldMessage>();
  for (const file of corpusFiles()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const message = parseGold(line);
        if (typeof message === 'string') throw new Error(`${file} line ${i + 1}: ${message}`);
        const key = normalize(message.text).text;
        if (!seen.has(key)) seen.set(key, message);
      });
  }
  const order = (text: string) => createHash('sha256').update(text).digest('hex');
  return [...seen]
    .map(([folded, message]) => ({ key: order(folded), folded, message }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ folded, message }) => ({ message, folded }));
}

/**
 * Logistic regression with an L2 penalty, fitted on the whole corpus at once (Adam steps
 * on the full gradient). The objective has one minimum and every step sees every
 * message, so the weights do not depend on any order or seed, and a few messages more
 * or less move them only a little.
 */
function fit(rows: Int32Array[], targets: number[], size: number): { weights: Float64Array; bias: number } {
  const n = rows.length;
  const weights = new Float64Array(size + 1); // the last one is the bias
  const gradient = new Float64Array(size + 1);
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const [b1, b2] = [0.9, 0.999];
  for (let t = 1; t <= SETTINGS.iterations; t++) {
    gradient.fill(0);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      let z = weights[size]!;
      for (const f of row) z += weights[f]!;
      const g = (1 / (1 + Math.exp(-z)) - targets[r]!) / n;
      for (const f of row) gradient[f]! += g;
      gradient[size]! += g;
    }
    for (let f = 0; f <= size; f++) {
      const g = gradient[f]! + (f < size ? SETTINGS.l2 * weights[f]! : 0);
      m[f] = b1 * m[f]! + (1 - b1) * g;
      v[f] = b2 * v[f]! + (1 - b2) * g * g;
      weights[f]! -= (SETTINGS.rate * (m[f]! / (1 - b1 ** t))) / (Math.sqrt(v[f]! / (1 - b2 ** t)) + 1e-8);
    }
  }
  return { weights: weights.subarray(0, size), bias: weights[size]! };
}

/** The source of the weights module. */
export function modelSource(): string {
  const read = corpus();
  const messages = read.map(({ message }) => message);
  const features = read.map(({ folded }) => featureSet(folded));
  const counts = new Map<string, number>();
  for (const set of features) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= SETTINGS.minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = features.map((set) => Int32Array.from([...set].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])).sort((a, b) => a - b)));
  const { weights, bias } = fit(rows, messages.map((m) => Number(m.isCollection)), vocabulary.length);

  // Keep the strongest weights, listed by feature so the file reads (and compresses) well.
  const kept = [...weights.keys()]
    .filter((f) => weights[f] !== 0)
    .sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b)
    .slice(0, SETTINGS.keep)
    .sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const scale = Math.max(...kept.map((f) => Math.abs(weights[f]!))) / SETTINGS.levels;
  const steps = kept.map((f) => String.fromCharCode(STEP_ZERO + Math.round(weights[f]! / scale))).join('');

  return `// Generated by scripts/train-model.ts from ${messages.length} labelled messages in tests/fixtures. Do not edit:
// change the corpus or the trainer and run \`npx tsx scripts/train-model.ts\`.

/** Which corpus and trainer made these weights (checked by the unit tests). */
export const MODEL_FINGERPRINT = '${corpusFingerprint()}';

/** The starting score, before any feature is found. */
export const MODEL_BIAS = ${bias.toFixed(4)};

/** The size of one weight step. */
export const MODEL_STEP = ${scale.toPrecision(6)};

/** The features weighed, one per line. */
export const MODEL_FEATURES = ${JSON.stringify(kept.map((f) => vocabulary[f]).join('\n'))};

/** Each feature's weight in steps: one character per feature, ${STEP_ZERO} (0x${STEP_ZERO.toString(16)}) standing for zero. */
export const MODEL_WEIGHTS = ${JSON.stringify(steps)};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const { MODEL_FINGERPRINT } = await import('../utils/analyzer/model/weights');
    if (MODEL_FINGERPRINT !== corpusFingerprint()) {
      console.error(`${OUTPUT} is out of date: run npx tsx scripts/train-model.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, modelSource());
    console.log(`wrote ${OUTPUT}`);
  }
}
