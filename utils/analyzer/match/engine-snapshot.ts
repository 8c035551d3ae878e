/**
 * The compiled lexicon as plain data that survives a structured clone (IndexedDB), and
 * back. The browser stops the extension's background after 30 s idle; compiling the
 * lexicon again on its next start takes a fifth of a second, reading it back a few
 * milliseconds. A snapshot read back is checked before it is used: wrong or damaged
 * data is refused, and the caller compiles instead.
 */
import * as v from 'valibot';
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

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const slotOrNone = v.pipe(v.number(), v.integer(), v.minValue(-1));

const RuleSchema = v.strictObject({
  id: v.string(),
  label: v.undefinedable(v.picklist(LABELS)),
  weight: v.number(),
  required: v.boolean(),
  parts: v.pipe(v.array(count), v.minLength(1)),
  gap: count,
  negatable: v.boolean(),
  unlessAfter: slotOrNone,
  unlessBefore: slotOrNone,
  clauseStart: v.boolean(),
  notInQuestion: v.boolean(),
  acrossClauses: v.boolean(),
  acrossSentences: v.boolean(),
});

const SnapshotSchema = v.strictObject({
  format: v.literal(FORMAT),
  trie: v.strictObject({
    pages: v.pipe(v.array(v.union([v.undefined(), v.instance(Int32Array)])), v.length(256)),
    outFirst: v.instance(Int32Array),
    outTerm: v.instance(Int32Array),
    outEnd: v.instance(Uint8Array),
    num: v.instance(Int32Array),
    mask: count,
    parent: v.instance(Int32Array),
    char: v.instance(Uint16Array),
    child: v.instance(Int32Array),
  }),
  slotCount: count,
  slotsOfTerm: v.strictObject({ first: v.instance(Int32Array), list: v.instance(Int32Array) }),
  rules: v.array(RuleSchema),
  firstSlots: v.instance(Int32Array),
  negation: v.strictObject({ cues: count, touching: count, blockers: count, cancels: count }),
});

type Checked = v.InferOutput<typeof SnapshotSchema>;

const within = (values: ArrayLike<number>, low: number, high: number) => {
  for (let i = 0; i < values.length; i++) if (values[i]! < low || values[i]! >= high) return false;
  return true;
};

/**
 * Whether the tables agree with each other: every index points inside the table it
 * indexes, so a damaged snapshot cannot send the matcher reading outside them.
 */
function consistent(s: Checked, ruleIds: readonly string[]): boolean {
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
  const parsed = v.safeParse(SnapshotSchema, snapshot);
  if (!parsed.success || !consistent(parsed.output, ruleIds)) return null;
  const { trie, slotCount, slotsOfTerm, rules, firstSlots, negation } = parsed.output;
  return { trie: new TermTrie(trie), slotCount, slotsOfTerm, rules, firstSlots, negation };
}
