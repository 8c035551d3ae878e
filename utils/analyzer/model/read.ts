import { featureTable, sumSteps, type FeatureTable } from './feature-table';
import { MODEL_BIAS, MODEL_FEATURES, MODEL_STEP, MODEL_WEIGHTS } from './weights';

/** The character that stands for a zero weight in the generated weights ("O"). */
export const STEP_ZERO = 0x4f;

/** A weights string (one character per feature) as steps. */
export const decodeSteps = (steps: string) => Int8Array.from({ length: steps.length }, (_, i) => steps.charCodeAt(i) - STEP_ZERO);

let model: { table: FeatureTable; steps: Int8Array; sum: Int32Array } | undefined;

/** Decodes the weights once, on first use. */
function load() {
  return (model ??= { table: featureTable(MODEL_FEATURES.split('\n')), steps: decodeSteps(MODEL_WEIGHTS), sum: new Int32Array(1) });
}

/**
 * How likely the trained model finds it, 0–1, that folded text (see text/normalize.ts)
 * is a collection message.
 */
export function collectionLikelihood(folded: string): number {
  const { table, steps, sum } = load();
  sum[0] = 0;
  sumSteps(table, folded, steps, 1, sum);
  return 1 / (1 + Math.exp(-(MODEL_BIAS + sum[0]! * MODEL_STEP)));
}
