import type { Label } from '../types';
import type { Concepts, Cue, LabelRules, Rule } from '../lexicon/types';
import { compileTerm } from './term';
import { TermTrieBuilder, type TermTrie } from './trie';
import { spellings } from './variants';

/** Everything the matcher reads, as typed data. */
export interface Lexicon {
  concepts: Concepts;
  labels: readonly LabelRules[];
  cues: readonly Cue[];
  negation: {
    /** Words that deny what follows: 不会, never, won't. */
    cues: readonly string[];
    /** Words that deny only the act that starts right where they end: 我们不(上门). */
    touching: readonly string[];
    /** Words that end a negation's reach: 就, 将, we, if. */
    blockers: readonly string[];
    /** Words before a negation that turn it back into a threat or condition: 别以为, if. */
    cancels: readonly string[];
  };
}

/** A rule with its parts resolved to slots: each slot collects the hits of one term list. */
export interface CompiledRule {
  id: string;
  label: Label | undefined;
  weight: number;
  required: boolean;
  parts: number[];
  gap: number;
  negatable: boolean;
  unlessAfter: number;
  unlessBefore: number;
  clauseStart: boolean;
  notInQuestion: boolean;
  acrossClauses: boolean;
  acrossSentences: boolean;
}

export interface Engine {
  trie: TermTrie;
  slotCount: number;
  /** For each term number `t`, the slots its hits go to: `list[first[t]]` to `list[first[t + 1] - 1]`. */
  slotsOfTerm: { first: Int32Array; list: Int32Array };
  rules: CompiledRule[];
  /**
   * Each rule's first slot, by rule number. Most rules find nothing in a given message, and
   * this lets the matcher pass over them without reading the rule objects themselves.
   */
  firstSlots: Int32Array;
  negation: { cues: number; touching: number; blockers: number; cancels: number };
}

const DEFAULT_GAP = 6;

/** One rule or cue of the lexicon, with what it sets. */
export interface LexiconRule {
  rule: Rule;
  label: Label | undefined;
  weight: number;
  required: boolean;
}

/**
 * Every rule, then every cue, in the order the engine numbers them. A kept engine is
 * checked against this order before it is used (engine-snapshot.ts).
 */
export function lexiconRules(lexicon: Pick<Lexicon, 'labels' | 'cues'>): LexiconRule[] {
  return [
    ...lexicon.labels.flatMap((set) => set.rules.map((rule) => ({ rule, label: set.label, weight: 0, required: false }))),
    ...lexicon.cues.map((cue) => ({ rule: cue, label: undefined, weight: cue.weight, required: cue.required ?? false })),
  ];
}

/** Compiles the lexicon once into a term trie and rules over slots; throws on a broken lexicon. */
export function compileLexicon(lexicon: Lexicon): Engine {
  const trie = new TermTrieBuilder();
  const termIds = new Map<string, number>();
  const termSlots: number[][] = [];
  const slotIds = new Map<string, number>();

  const expand = (part: string, seen: readonly string[]): string[] =>
    part.split('|').flatMap((alt) => {
      const term = alt.trim();
      if (!term.startsWith('@')) return [term];
      const name = term.slice(1);
      const list = lexicon.concepts[name];
      if (!list) throw new Error(`Unknown term list "@${name}" in "${part}".`);
      if (seen.includes(name)) throw new Error(`The term list "@${name}" refers to itself.`);
      return list.flatMap((t) => expand(t, [...seen, name]));
    });

  const byRaw = new Map<string, number>();
  const termId = (raw: string): number => {
    const known = byRaw.get(raw);
    if (known !== undefined) return known;
    const term = compileTerm(raw);
    const key = `${term.prefix ? '*' : ''}${String.fromCharCode(...term.codes)}`;
    let id = termIds.get(key);
    if (id === undefined) {
      id = termSlots.length;
      termIds.set(key, id);
      termSlots.push([]);
      for (const spelling of spellings(term)) trie.add(spelling, id);
    }
    byRaw.set(raw, id);
    return id;
  };

  // A term list is expanded once, however many parts name it.
  const listTerms = new Map<string, number[]>();
  const listed = (name: string): number[] => {
    let ids = listTerms.get(name);
    if (!ids) listTerms.set(name, (ids = expand(name, []).map(termId)));
    return ids;
  };

  const slot = (part: string): number => {
    let id = slotIds.get(part);
    if (id !== undefined) return id;
    id = slotIds.size;
    slotIds.set(part, id);
    // Each term once per slot, however often the part names it.
    const filed = new Set<number>();
    const file = (t: number) => {
      if (filed.has(t)) return;
      filed.add(t);
      termSlots[t]!.push(id);
    };
    for (const written of part.split('|')) {
      const alternative = written.trim();
      if (alternative.startsWith('@')) listed(alternative).forEach(file);
      else file(termId(alternative));
    }
    return id;
  };

  const ids = new Set<string>();
  const rule = ({ rule: r, label, weight, required }: LexiconRule): CompiledRule => {
    if (ids.has(r.id)) throw new Error(`Two rules share the id "${r.id}".`);
    if (r.seq.length === 0) throw new Error(`The rule "${r.id}" has no parts.`);
    ids.add(r.id);
    return {
      id: r.id,
      label,
      weight,
      required,
      parts: r.seq.map(slot),
      gap: r.gap ?? DEFAULT_GAP,
      negatable: r.negatable ?? true,
      unlessAfter: r.unlessAfter ? slot(r.unlessAfter) : -1,
      unlessBefore: r.unlessBefore ? slot(r.unlessBefore) : -1,
      clauseStart: r.clauseStart ?? false,
      notInQuestion: r.notInQuestion ?? false,
      acrossClauses: r.acrossClauses ?? r.acrossSentences ?? false,
      acrossSentences: r.acrossSentences ?? false,
    };
  };

  const rules = lexiconRules(lexicon).map(rule);
  const negation = {
    cues: slot(lexicon.negation.cues.join('|')),
    touching: slot(lexicon.negation.touching.join('|')),
    blockers: slot(lexicon.negation.blockers.join('|')),
    cancels: slot(lexicon.negation.cancels.join('|')),
  };
  const firstSlots = Int32Array.from(rules, (r) => r.parts[0]!);
  const first = new Int32Array(termSlots.length + 1);
  termSlots.forEach((slots, t) => (first[t + 1] = first[t]! + slots.length));
  const slotsOfTerm = { first, list: Int32Array.from(termSlots.flat()) };
  return { trie: trie.build(), slotCount: slotIds.size, slotsOfTerm, rules, firstSlots, negation };
}
