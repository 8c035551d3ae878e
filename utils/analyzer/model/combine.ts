import { COLLECTION_THRESHOLD, type GateVerdict } from '../collection';
import type { Label } from '../types';

/**
 * How the rules and the model decide together whether a message is collection. The
 * rules' gate speaks first; the model overrules it only when it is confident, because
 * that is where, on batches of messages it had never seen, it was right and the gate
 * wrong (BENCHMARKS.md): calm collectors in words no cue had met, and look-alikes no
 * look-alike cue had met.
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

/**
 * The labels the message's words, weighed by a model per label, may add where no rule
 * fired: the dangers people word in the most ways (a relative told, a visit, harm
 * hinted at, a payment routed somewhere odd). On batches of messages the analyzer had
 * never seen they were added rightly 43 times in 47 (BENCHMARKS.md); models for the
 * other labels disagreed with the development set's reading about as often as they helped.
 */
export const MODEL_LABELS = ['third_party_contact', 'visit_threat', 'violence_threat', 'scam_signal'] as const satisfies readonly Label[];
export type ModelLabel = (typeof MODEL_LABELS)[number];

/**
 * A label model adds its label above this likelihood, and never where a rule for the
 * label found its words but was cancelled by a negation or an exception: "we will not
 * contact your family" is the rules' to read, not the words'. (0.7 did as well on unseen
 * batches, but gave a message held to exact labels in tests/fixtures a label its writer
 * did not: "我们在你老家也有人" threatens, it tells no one.)
 */
export const LABEL_MODEL_THRESHOLD = 0.75;
