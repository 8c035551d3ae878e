import type { Label } from '../types';

/**
 * One way a tactic shows itself: parts that appear in this order, close together,
 * in one clause.
 *
 * Each part lists alternatives separated by `|`: a term, or `@name` for a shared term
 * list (see concepts-zh.ts, concepts-en.ts). Terms are written as people write them;
 * they are folded like the messages (case, Traditional characters, width). Inside a
 * term `#` stands for a number in digits or Chinese numerals (so do digits written in a
 * term: `24h` also matches 48h, and a term of digits alone would match any number), and a trailing `*` after
 * a letter lets an English word run on (`garnish*` covers garnished, garnishment).
 */
export interface Rule {
  /** Unique, `<label>.<tactic>`: it names the hit when a result is explained. */
  id: string;
  seq: readonly string[];
  /** Most characters allowed between one part and the next (default 6). */
  gap?: number;
  /** False when a negation before it does not cancel it: a fee named is a fee, waived or not. */
  negatable?: boolean;
  /** Cancelled when any of its parts comes right after one of these (`|`-separated terms). */
  unlessAfter?: string;
  /** Cancelled when one of these comes right after any of its parts. */
  unlessBefore?: string;
  /** Only where a clause begins: an imperative ("还钱！", "Pay up."). */
  clauseStart?: boolean;
  /** Not in a question: "今天方便还一下吗？" asks, it sets no limit. */
  notInQuestion?: boolean;
  /** Parts may lie in different clauses of the sentence ("Your balance, now $9,310, grows"). */
  acrossClauses?: boolean;
  /** Each part may lie in the sentence after the one before it ("We know which gym you go to. Your choice."). */
  acrossSentences?: boolean;
}

/** The rules that set one label. */
export interface LabelRules {
  label: Label;
  rules: readonly Rule[];
}

/** Evidence for or against a message being about an overdue debt, with its weight. */
export interface Cue extends Rule {
  weight: number;
  /** A message without this cue is never collection, whatever else it says. */
  required?: boolean;
}

/** Named term lists that rules share, `name → terms`. */
export type Concepts = Readonly<Record<string, readonly string[]>>;
