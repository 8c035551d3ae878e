/**
 * The compiled lexicon as plain data that survives a structured clone (IndexedDB), and
 * back. The browser stops the extension's background after 30 s idle; compiling the
 * lexicon again on its next start takes a fifth of a second, reading a snapshot back
 * and checking it about two hundredths. A snapshot read back is checked before it is
 * used: wrong or damaged data is refused, and the caller compiles instead.
 */
import { LABELS } from '../types';
import type { CompiledRule, Engine } from './compile';
import { TermTrie, type TrieTables } from './trie';

/** Bumped whenever the shape of `Engine` changes, so an older snapshot is refused. */
const FORMAT = 1;

export interface EngineSnapshot {
  format: typeof FORMAT;
  trie: TrieTables;
  slotCount: number;
  slotsOfTerm: Engine['slotsOfTerm'];
  rules: CompiledRule[];
  firstSlots: Int32Array;
  negation: Engine['negation'];
}

/** Everything an engine holds, as plain objects and typed arrays. */
export function snapshotOf(engine: Engine): EngineSnapshot {
  const { trie, slotCount, slotsOfTerm, rules, firstSlots, negation } = engine;
  return { format: FORMAT, trie: trie.tables, slotCount, slotsOfTerm, rules, firstSlots, negation };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isSlotOrNone = (x: unknown) => Number.isInteger(x) && (x as number) >= -1;
const KNOWN_LABELS: ReadonlySet<unknown> = new Set(LABELS);
const RULE_FLAGS = ['required', 'negatable', 'clauseStart', 'notInQuestion', 'acrossClauses', 'acrossSentences'] as const;

// Checked by hand rather than with the messages' schema library: its pieces would join
// the chunk the popup shares with the background, and the popup is near its budget.
function isRule(x: unknown): x is CompiledRule {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    (x.label === undefined || KNOWN_LABELS.has(x.label)) &&
    typeof x.weight === 'number' &&
    Number.isFinite(x.weight) &&
    Array.isArray(x.parts) &&
    x.parts.length > 0 &&
    x.parts.every(isCount) &&
    isCount(x.gap) &&
    isSlotOrNone(x.unlessAfter) &&
    isSlotOrNone(x.unlessBefore) &&
    RULE_FLAGS.every((flag) => typeof x[flag] === 'boolean')
  );
}

/** Whether every field is there and of its kind (what each holds is checked by `consistent`). */
function isSnapshot(x: unknown): x is EngineSnapshot {
  if (!isObject(x) || x.format !== FORMAT || !isObject(x.trie) || !isObject(x.slotsOfTerm) || !isObject(x.negation)) return false;
  const { trie, slotsOfTerm, negation } = x;
  return (
    Array.isArray(trie.pages) &&
    trie.pages.length === 256 &&
    trie.pages.every((page) => page === undefined || page instanceof Int32Array) &&
    [trie.outFirst, trie.outTerm, trie.num, trie.parent, trie.child, slotsOfTerm.first, slotsOfTerm.list, x.firstSlots].every(
      (table) => table instanceof Int32Array,
    ) &&
    trie.outEnd instanceof Uint8Array &&
    trie.char instanceof Uint16Array &&
    isCount(trie.mask) &&
    isCount(x.slotCount) &&
    Array.isArray(x.rules) &&
    x.rules.every(isRule) &&
    ['cues', 'touching', 'blockers', 'cancels'].every((part) => isCount(negation[part]))
  );
}

const within = (values: ArrayLike<number>, low: number, high: number) => {
  for (let i = 0; i < values.length; i++) if (values[i]! < low || values[i]! >= high) return false;
  return true;
};

/**
 * Whether the tables agree with each other: every index points inside the table it
 * indexes, so a damaged snapshot cannot send the matcher reading outside them.
 */
function consistent(s: EngineSnapshot, ruleIds: readonly string[]): boolean {
  const { trie, slotCount, slotsOfTerm, rules, firstSlots, negation } = s;
  const nodes = trie.num.length;
  const size = trie.mask + 1;
  const terms = slotsOfTerm.first.length - 1;
  const isPowerOfTwo = (size & trie.mask) === 0;
  return (
    isPowerOfTwo &&
    nodes > 0 &&
    terms >= 0 &&
    trie.outFirst.length === nodes + 1 &&
    trie.outFirst[0] === 0 &&
    trie.outFirst[nodes] === trie.outTerm.length &&
    trie.outEnd.length === trie.outTerm.length &&
    [trie.parent, trie.char, trie.child].every((table) => table.length === size) &&
    trie.pages.every((page) => !page || within(page, -1, nodes)) &&
    within(trie.outFirst, 0, trie.outTerm.length + 1) &&
    within(trie.outTerm, 0, terms) &&
    within(trie.outEnd, 0, 3) &&
    within(trie.num, -1, nodes) &&
    within(trie.parent, 0, nodes + 1) &&
    within(trie.child, 0, nodes) &&
    slotsOfTerm.first[0] === 0 &&
    slotsOfTerm.first[terms] === slotsOfTerm.list.length &&
    within(slotsOfTerm.first, 0, slotsOfTerm.list.length + 1) &&
    within(slotsOfTerm.list, 0, slotCount) &&
    rules.length === ruleIds.length &&
    rules.every((rule, r) => rule.id === ruleIds[r] && within(rule.parts, 0, slotCount) && rule.unlessAfter < slotCount && rule.unlessBefore < slotCount) &&
    firstSlots.length === rules.length &&
    rules.every((rule, r) => firstSlots[r] === rule.parts[0]) &&
    within(Object.values(negation), 0, slotCount)
  );
}

/**
 * The engine a snapshot holds, or null when it is not a whole, consistent snapshot of
 * a lexicon with exactly these rules (in this order).
 */
export function engineFrom(snapshot: unknown, ruleIds: readonly string[]): Engine | null {
  if (!isSnapshot(snapshot) || !consistent(snapshot, ruleIds)) return null;
  const { trie, slotCount, slotsOfTerm, rules, firstSlots, negation } = snapshot;
  return { trie: new TermTrie(trie), slotCount, slotsOfTerm, rules, firstSlots, negation };
}
