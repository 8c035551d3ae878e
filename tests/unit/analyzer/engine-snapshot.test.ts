import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineSnapshot } from '../../../utils/analyzer';
import { fixtureMessages } from './fixtures';

type Analyzer = typeof import('../../../utils/analyzer');

const now = new Date('2026-03-02T10:00:00+08:00');

/** The analyzer as a freshly started background has it: nothing compiled yet. */
async function freshAnalyzer(): Promise<Analyzer> {
  vi.resetModules();
  return import('../../../utils/analyzer');
}

/** What IndexedDB hands back: a structured clone, typed arrays and all. */
let kept: EngineSnapshot;
let compiled: Analyzer;

beforeAll(async () => {
  compiled = await freshAnalyzer();
  kept = structuredClone(compiled.lexiconSnapshot());
});

/** A copy of the kept snapshot, changed by `damage`. */
function damaged(damage: (s: EngineSnapshot) => void): EngineSnapshot {
  const copy = structuredClone(kept);
  damage(copy);
  return copy;
}

describe('a compiled lexicon kept between starts', () => {
  it('analyses every message exactly as the lexicon compiled afresh does', async () => {
    const restored = await freshAnalyzer();
    expect(restored.useLexiconSnapshot(kept)).toBe(true);
    // Every fifth message written for the analyzer's tests, in all three languages.
    const messages = fixtureMessages().filter((_, i) => i % 5 === 0);
    expect(messages.length).toBeGreaterThan(1_000);
    for (const { text } of messages) expect(restored.analyze(text, { now })).toEqual(compiled.analyze(text, { now }));
  });

  it('is what the analyzer then reads: a snapshot that files every term under one slot changes what it finds', async () => {
    const restored = await freshAnalyzer();
    expect(restored.useLexiconSnapshot(damaged((s) => s.slotsOfTerm.list.fill(0)))).toBe(true);
    const threat = '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。';
    expect(compiled.analyze(threat, { now }).isCollection).toBe(true);
    expect(restored.analyze(threat, { now }).signals).not.toEqual(compiled.analyze(threat, { now }).signals);
  });

  // Each made when its test runs, from the snapshot kept above.
  it.each<[string, () => unknown]>([
    ['nothing', () => undefined],
    ['not an object', () => 'lexicon'],
    ['another format', () => damaged((s) => Object.assign(s, { format: 2 }))],
    ['a missing table', () => damaged((s) => delete (s.trie as Partial<typeof s.trie>).outEnd)],
    ['a table of the wrong kind', () => damaged((s) => Object.assign(s.trie, { char: Int32Array.from(s.trie.char) }))],
    ['a cut-short table', () => damaged((s) => Object.assign(s.trie, { child: s.trie.child.slice(1) }))],
    ['an edge to a node that does not exist', () => damaged((s) => s.trie.child.fill(s.trie.num.length, 0, 1))],
    ['a term filed under a slot that does not exist', () => damaged((s) => s.slotsOfTerm.list.fill(s.slotCount, 0, 1))],
    ['a rule renamed (another lexicon)', () => damaged((s) => (s.rules[3]!.id = 'payment_demand.renamed'))],
    ['a rule missing', () => damaged((s) => s.rules.pop())],
    ['a rule with an unknown label', () => damaged((s) => Object.assign(s.rules[0]!, { label: 'mood' }))],
    ['a rule whose switch is not a yes or no', () => damaged((s) => Object.assign(s.rules[5]!, { negatable: 'yes' }))],
    ['a rule with no parts', () => damaged((s) => (s.rules[7]!.parts = []))],
    ['a part of the negation missing', () => damaged((s) => delete (s.negation as Partial<typeof s.negation>).blockers)],
    ['the first-character pages cut short', () => damaged((s) => s.trie.pages.pop())],
    ['first slots out of step with the rules', () => damaged((s) => s.firstSlots.reverse())],
  ])('is refused when it holds %s, and the analyzer compiles instead', async (_, snapshot) => {
    const restored = await freshAnalyzer();
    expect(restored.useLexiconSnapshot(snapshot())).toBe(false);
    const text = 'FINAL NOTICE: pay the $1,240.50 you owe by 6pm today or we will contact your employer.';
    expect(restored.analyze(text, { now })).toEqual(compiled.analyze(text, { now }));
  });
});
