/**
 * Trains the message models (utils/analyzer/model/) and writes their weights modules.
 *
 * The rules catch the tactics they were written for; the models weigh all the words of
 * a message, where the rules fail on phrasings no rule has met: one says whether it is
 * collection at all, and one per label in MODEL_LABELS whether it carries that label. It learns from every labelled message in tests/fixtures:
 * the analyzer's own fixtures, held to exact labels, and tests/fixtures/model, whole
 * batches of messages as their writers labelled them, misses included. Never from the
 * development set.
 *
 * Each is a logistic regression ("is this message collection?", "does this collection
 * message contact a third party?") on the presence of the features in features.ts. Only the strongest weights are kept, as small integer steps,
 * so the analyzer stays small. Training is deterministic: the same corpus gives the same
 * file.
 *
 *   npx tsx scripts/train-model.ts          trains and writes the weights of both
 *   npx tsx scripts/train-model.ts --check  exits 1 if the weights are older than the corpus
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODEL_LABELS } from '../utils/analyzer/model/combine';
import { featureSet } from '../utils/analyzer/model/features';
import { STEP_ZERO } from '../utils/analyzer/model/read';
import { normalize } from '../utils/analyzer/text/normalize';
import { parseGold } from './eval/corpus';
import type { GoldMessage } from './eval/score';
import { fit, quantize, strongest } from './model/fit';

export const OUTPUT = 'utils/analyzer/model/weights.ts';
export const LABEL_OUTPUT = 'utils/analyzer/model/label-weights.ts';
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

/**
 * How the label models train: on collection messages only, one per label the models may
 * add (utils/analyzer/model/combine.ts). Each is fitted on every feature, then fitted
 * again on its strongest `keep` alone, which loses far less than cutting the rest away.
 */
const LABEL_SETTINGS = { ...SETTINGS, keep: 1000, labels: MODEL_LABELS };

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
  hash.update(JSON.stringify([SETTINGS, LABEL_SETTINGS]));
  // The folding decides what the features are, so its tables count too.
  const reader = ['scripts/train-model.ts', 'scripts/model/fit.ts', 'utils/analyzer/model/features.ts', ...FOLDING];
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

/** Every message's features as vocabulary indices, over the features seen often enough. */
function featureRows(folded: readonly string[]): { vocabulary: string[]; rows: Int32Array[] } {
  const features = folded.map((text) => featureSet(text));
  const counts = new Map<string, number>();
  for (const set of features) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= SETTINGS.minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = features.map((set) => Int32Array.from([...set].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])).sort((a, b) => a - b)));
  return { vocabulary, rows };
}

const HEADER = (count: number) => `// Generated by scripts/train-model.ts from ${count} labelled messages in tests/fixtures. Do not edit:
// change the corpus or the trainer and run \`npx tsx scripts/train-model.ts\`.`;

/** The source of the collection model's weights module. */
export function modelSource(): string {
  const read = corpus();
  const { vocabulary, rows } = featureRows(read.map(({ folded }) => folded));
  const { weights, bias } = fit(rows, read.map(({ message }) => Number(message.isCollection)), vocabulary.length, SETTINGS);
  // Keep the strongest weights, listed by feature so the file reads (and compresses) well.
  const kept = strongest(weights, SETTINGS.keep);
  const { step, steps } = quantize(weights, kept, SETTINGS.levels, STEP_ZERO);

  return `${HEADER(read.length)}

/** Which corpus and trainer made these weights (checked by the unit tests). */
export const MODEL_FINGERPRINT = '${corpusFingerprint()}';

/** The starting score, before any feature is found. */
export const MODEL_BIAS = ${bias.toFixed(4)};

/** The size of one weight step. */
export const MODEL_STEP = ${step.toPrecision(6)};

/** The features weighed, one per line. */
export const MODEL_FEATURES = ${JSON.stringify(kept.map((f) => vocabulary[f]).join('\n'))};

/** Each feature's weight in steps: one character per feature, ${STEP_ZERO} (0x${STEP_ZERO.toString(16)}) standing for zero. */
export const MODEL_WEIGHTS = ${JSON.stringify(kept.map((f) => steps.get(f)).join(''))};
`;
}

/** The source of the label models' weights module. */
export function labelModelSource(): string {
  const read = corpus().filter(({ message }) => message.isCollection);
  const { vocabulary, rows } = featureRows(read.map(({ folded }) => folded));
  const models = LABEL_SETTINGS.labels.map((label) => {
    const targets = read.map(({ message }) => Number(message.labels.includes(label)));
    const kept = strongest(fit(rows, targets, vocabulary.length, LABEL_SETTINGS).weights, LABEL_SETTINGS.keep);
    // Fitted again on the kept features alone, which then carry what the others did.
    const keptIndex = new Map(kept.map((f, i) => [f, i]));
    const keptRows = rows.map((row) => Int32Array.from([...row].flatMap((f) => (keptIndex.has(f) ? [keptIndex.get(f)!] : []))));
    const { weights, bias } = fit(keptRows, targets, kept.length, LABEL_SETTINGS);
    const { step, steps } = quantize(weights, [...weights.keys()], LABEL_SETTINGS.levels, STEP_ZERO);
    return { label, bias, step, steps: new Map(kept.map((f, i) => [f, steps.get(i)!])) };
  });
  // One list of features for all the models, each model's weights one character per feature.
  const features = [...new Set(models.flatMap((m) => [...m.steps.keys()]))].sort((a, b) => a - b);
  const zero = String.fromCharCode(STEP_ZERO);
  const entries = models.map(
    (m) => `  ${m.label}: {
    bias: ${m.bias.toFixed(4)},
    step: ${m.step.toPrecision(6)},
    weights: ${JSON.stringify(features.map((f) => m.steps.get(f) ?? zero).join(''))},
  },`,
  );

  return `${HEADER(read.length)}
import type { ModelLabel } from './combine';

/** Which corpus and trainer made these weights (checked by the unit tests). */
export const LABEL_MODEL_FINGERPRINT = '${corpusFingerprint()}';

/** The features the label models weigh, one per line. */
export const LABEL_MODEL_FEATURES = ${JSON.stringify(features.map((f) => vocabulary[f]).join('\n'))};

/**
 * Per label: the starting score, the size of one weight step, and each feature's weight
 * in steps, one character per feature, ${STEP_ZERO} (0x${STEP_ZERO.toString(16)}) standing for zero.
 */
export const LABEL_MODEL_WEIGHTS: Record<ModelLabel, { bias: number; step: number; weights: string }> = {
${entries.join('\n')}
};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const { MODEL_FINGERPRINT } = await import('../utils/analyzer/model/weights');
    const { LABEL_MODEL_FINGERPRINT } = await import('../utils/analyzer/model/label-weights');
    for (const [file, fingerprint] of [[OUTPUT, MODEL_FINGERPRINT], [LABEL_OUTPUT, LABEL_MODEL_FINGERPRINT]]) {
      if (fingerprint === corpusFingerprint()) continue;
      console.error(`${file} is out of date: run npx tsx scripts/train-model.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, modelSource());
    console.log(`wrote ${OUTPUT}`);
    writeFileSync(LABEL_OUTPUT, labelModelSource());
    console.log(`wrote ${LABEL_OUTPUT}`);
  }
}
