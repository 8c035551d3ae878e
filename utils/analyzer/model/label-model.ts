import { MODEL_LABELS, type ModelLabel } from './combine';
import { featureTable, sumSteps, type FeatureTable } from './feature-table';
import { LABEL_MODEL_FEATURES, LABEL_MODEL_WEIGHTS } from './label-weights';
import { decodeSteps } from './read';

/** What one label's model makes of a message. */
export interface LabelReading {
  label: ModelLabel;
  /** 0–1. */
  likelihood: number;
}

const LABELS = MODEL_LABELS.length;

/** How many of the strongest words a reading gives as its evidence. */
const EVIDENCE = 2;

interface Models {
  table: FeatureTable;
  bias: Float64Array;
  step: Float64Array;
  /**
   * Feature by feature, each label's weight in steps: [feature × LABELS + label]. Small
   * integers, so the tables stay small beside the lexicon's while every collection
   * message is read.
   */
  weights: Int8Array;
  /** Scratch for one reading, kept between messages: each label's sum of steps. */
  sums: Int32Array;
}

let models: Models | undefined;

/** Decodes the weights once, on first use. */
function load(): Models {
  if (models) return models;
  const features = LABEL_MODEL_FEATURES.split('\n');
  const weights = new Int8Array(features.length * LABELS);
  MODEL_LABELS.forEach((label, l) => decodeSteps(LABEL_MODEL_WEIGHTS[label].weights).forEach((w, i) => (weights[i * LABELS + l] = w)));
  return (models = {
    table: featureTable(features),
    bias: Float64Array.from(MODEL_LABELS, (l) => LABEL_MODEL_WEIGHTS[l].bias),
    step: Float64Array.from(MODEL_LABELS, (l) => LABEL_MODEL_WEIGHTS[l].step),
    weights,
    sums: new Int32Array(LABELS),
  });
}

/**
 * How likely each label model finds it that folded text (see text/normalize.ts) carries
 * its label, read from the message's words in one pass.
 */
export function labelLikelihoods(folded: string): LabelReading[] {
  const { table, bias, step, weights, sums } = load();
  sums.fill(0);
  sumSteps(table, folded, weights, LABELS, sums);
  return MODEL_LABELS.map((label, l) => ({ label, likelihood: 1 / (1 + Math.exp(-(bias[l]! + sums[l]! * step[l]!))) }));
}

/**
 * The folded-text ranges of the words that weighed most for the label, flat (start,
 * end, …), in text order: asked for only when the label is added, so the reading of
 * every message stays a sum.
 */
export function labelEvidence(folded: string, label: ModelLabel): number[] {
  const { table, weights, sums } = load();
  const l = MODEL_LABELS.indexOf(label);
  const words: Array<{ weight: number; start: number; end: number }> = [];
  sums.fill(0);
  sumSteps(table, folded, weights, LABELS, sums, (i, start, end) => {
    const weight = weights[i * LABELS + l]!;
    if (weight > 0) words.push({ weight, start, end });
  });
  return words
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, EVIDENCE)
    .sort((a, b) => a.start - b.start)
    .flatMap(({ start, end }) => [start, end]);
}
