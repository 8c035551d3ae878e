import type { CompiledRule } from './match/compile';
import type { Match } from './match/sequence';
import type { Label } from './types';

/** What each tactic adds to the case that a message is about an overdue debt. */
const LABEL_WEIGHT: Record<Label, number> = {
  payment_demand: 3,
  deadline: 1,
  fee_or_penalty: 1,
  credit_report: 1,
  legal_action: 3,
  criminal_threat: 3,
  third_party_contact: 3,
  visit_threat: 3,
  abuse: 3,
  violence_threat: 3,
  // Scams and offers also come dressed as ads and alerts: on their own they prove little.
  scam_signal: 1,
  settlement_offer: 2,
  contact_request: 0,
};

/** The score at which a message counts as collection. */
export const COLLECTION_THRESHOLD = 3;

/**
 * Laughing faces mark a friend's joke ("不来的话我就杀到你家把你拖出来🤣", "I know where you
 * sleep 🔪😂"): of the labelled messages on hand that carry one, 61 are not collection and
 * 2 are. Folding drops emoji before the lexicon reads the text, so they are weighed here,
 * like the `collection.laughing` cue for laughter written out.
 */
const LAUGHING_FACES = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]/u;
const LAUGHING_WEIGHT = -4;

/** The rules' verdict on a message, with the score it rests on (the model weighs a thin case). */
export interface GateVerdict {
  says: boolean;
  score: number;
}

/**
 * Whether the message is about a debt that is overdue or pressed for (including fake
 * collection by scammers): it must speak of money or debt at all (a visit to fit an air
 * conditioner, a lawyer friend's advice are not collection), and the collection cues and
 * tactics found, each counted once, must reach the threshold. Bills not yet due, ads,
 * receipts and alerts weigh against, and so does a laughing face in `text`.
 */
export function collectionGate(matches: readonly Match[], required: readonly CompiledRule[], text: string): GateVerdict {
  const found = new Set(matches.map((m) => m.rule));
  const score = collectionScore(matches) + (LAUGHING_FACES.test(text) ? LAUGHING_WEIGHT : 0);
  return { says: required.every((r) => found.has(r)) && score >= COLLECTION_THRESHOLD, score };
}

/** The summed weight of the distinct cues and labels found. */
export function collectionScore(matches: readonly Match[]): number {
  const seen = new Set<string>();
  let score = 0;
  for (const { rule } of matches) {
    const key = rule.label ?? rule.id;
    if (seen.has(key)) continue;
    seen.add(key);
    score += rule.label ? LABEL_WEIGHT[rule.label] : rule.weight;
  }
  return score;
}
