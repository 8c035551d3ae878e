import { isHanFeature, readFeatures } from './features';
import { MODEL_BIAS, MODEL_FEATURES, MODEL_STEP, MODEL_WEIGHTS } from './weights';

/** The character that stands for a zero weight in MODEL_WEIGHTS ("O"). */
export const STEP_ZERO = 0x4f;

/**
 * The Han features in an open-addressing table of plain integers: looking one up
 * allocates nothing, which matters when every message is read.
 */
interface HanTable {
  bits: number;
  pairs: Int32Array;
  thirds: Int32Array;
  /** The feature's index, or −1 for an empty place. */
  index: Int32Array;
}

interface Tables {
  han: HanTable;
  words: Map<string, number>;
  weights: Float64Array;
  /** Per feature, the last reading that counted it: each feature counts once. */
  counted: Uint32Array;
  reading: number;
}

let tables: Tables | undefined;

const place = (bits: number, pair: number, third: number) => Math.imul(pair ^ Math.imul(third, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);

/** The place that holds this run, or the empty place where it would go. */
function slotOf(table: HanTable, pair: number, third: number): number {
  const mask = (1 << table.bits) - 1;
  for (let at = place(table.bits, pair, third); ; at = (at + 1) & mask) {
    if (table.index[at]! < 0 || (table.pairs[at] === pair && table.thirds[at] === third)) return at;
  }
}

const hanLookup = (table: HanTable, pair: number, third: number) => table.index[slotOf(table, pair, third)]!;

/** Decodes the weights once, on first use. */
function load(): Tables {
  if (tables) return tables;
  const features = MODEL_FEATURES.split('\n');
  const bits = Math.max(4, Math.ceil(Math.log2(features.length * 2)));
  const han: HanTable = { bits, pairs: new Int32Array(1 << bits), thirds: new Int32Array(1 << bits), index: new Int32Array(1 << bits).fill(-1) };
  const words = new Map<string, number>();
  features.forEach((f, i) => {
    if (!isHanFeature(f)) return void words.set(f, i);
    const pair = f.charCodeAt(0) | (f.length > 1 ? f.charCodeAt(1) << 16 : 0);
    const third = f.length > 2 ? f.charCodeAt(2) : 0;
    const at = slotOf(han, pair, third);
    han.pairs[at] = pair;
    han.thirds[at] = third;
    han.index[at] = i;
  });
  const weights = Float64Array.from(features, (_, i) => (MODEL_WEIGHTS.charCodeAt(i) - STEP_ZERO) * MODEL_STEP);
  return (tables = { han, words, weights, counted: new Uint32Array(features.length), reading: 0 });
}

/**
 * How likely the trained model finds it, 0–1, that folded text (see text/normalize.ts)
 * is a collection message.
 */
export function collectionLikelihood(folded: string): number {
  const t = load();
  const reading = ++t.reading;
  let z = MODEL_BIAS;
  const count = (i: number | undefined) => {
    if (i === undefined || i < 0 || t.counted[i] === reading) return;
    t.counted[i] = reading;
    z += t.weights[i]!;
  };
  readFeatures(folded, { han: (pair, third) => count(hanLookup(t.han, pair, third)), word: (word) => count(t.words.get(word)) });
  return 1 / (1 + Math.exp(-z));
}
