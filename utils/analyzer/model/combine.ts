import { COLLECTION_THRESHOLD, type GateVerdict } from '../collection';

/**
 * How the rules and the model decide together whether a message is collection. The
 * rules' gate speaks first; the model overrules it only when it is confident, because
 * that is where, on batches of messages it had never seen, it was right and the gate
 * wrong (BENCHMARKS.md): calm collectors in words no cue had met, and look-alikes no
 * look-alike cue had met. Labels stay the rules' alone, each with the rule that set it.
 */
export const MODEL_THRESHOLDS = {
  /** A message the gate lets pass is collection when the model gives it more than this. */
  collectionAlone: 0.9,
  /** A message the gate calls collection is not when the model is below this… */
  collectionVeto: 0.2,
  /**
   * …and the gate's case is thin (its score under this). A plain overdue notice from a
   * bank scores high and stays collection whatever the model, which learned that such
   * notices are often reminders.
   */
  thinCase: 2 * COLLECTION_THRESHOLD,
};

/**
 * Whether the message is collection, from the gate's verdict and score and the model's
 * likelihood — asked for only when it can change the answer, as the model reads every
 * word of the message.
 */
export function decideCollection(gate: GateVerdict, likelihood: () => number): boolean {
  if (!gate.says) return likelihood() > MODEL_THRESHOLDS.collectionAlone;
  return gate.score >= MODEL_THRESHOLDS.thinCase || likelihood() >= MODEL_THRESHOLDS.collectionVeto;
}
