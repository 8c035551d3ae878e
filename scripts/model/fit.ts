/**
 * Fitting for the trainer (scripts/train-model.ts): logistic regression on the presence
 * of features, and the step that keeps a model small enough to ship.
 */

/** How one model is fitted. */
export interface FitSettings {
  iterations: number;
  rate: number; // Adam's step size
  l2: number; // the penalty on the squared weights, against the mean log loss
}

/**
 * Logistic regression with an L2 penalty, fitted on the whole corpus at once (Adam steps
 * on the full gradient). The objective has one minimum and every step sees every
 * message, so the weights do not depend on any order or seed, and a few messages more
 * or less move them only a little. `rows` lists each message's feature indices.
 */
export function fit(rows: readonly Int32Array[], targets: readonly number[], size: number, settings: FitSettings): { weights: Float64Array; bias: number } {
  const n = rows.length;
  const weights = new Float64Array(size + 1); // the last one is the bias
  const gradient = new Float64Array(size + 1);
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const [b1, b2] = [0.9, 0.999];
  for (let t = 1; t <= settings.iterations; t++) {
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
      const g = gradient[f]! + (f < size ? settings.l2 * weights[f]! : 0);
      m[f] = b1 * m[f]! + (1 - b1) * g;
      v[f] = b2 * v[f]! + (1 - b2) * g * g;
      weights[f]! -= (settings.rate * (m[f]! / (1 - b1 ** t))) / (Math.sqrt(v[f]! / (1 - b2 ** t)) + 1e-8);
    }
  }
  return { weights: weights.subarray(0, size), bias: weights[size]! };
}

/** The indices of the `keep` largest weights by size, ties by index, in index order. */
export function strongest(weights: Float64Array, keep: number): number[] {
  return [...weights.keys()]
    .filter((f) => weights[f] !== 0)
    .sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b)
    .slice(0, keep)
    .sort((a, b) => a - b);
}

/**
 * Weights as small integer steps, one character each (`zero` standing for 0), and the
 * size of a step: the largest kept weight is `levels` steps.
 */
export function quantize(weights: Float64Array, kept: readonly number[], levels: number, zero: number): { step: number; steps: Map<number, string> } {
  const step = Math.max(...kept.map((f) => Math.abs(weights[f]!))) / levels;
  return { step, steps: new Map(kept.map((f) => [f, String.fromCharCode(zero + Math.round(weights[f]! / step))])) };
}
