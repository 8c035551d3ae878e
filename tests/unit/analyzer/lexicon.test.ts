import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neededCharacters, OUTPUT, scriptTableSource } from '../../../scripts/generate-script-tables';
import { LEXICON } from '../../../utils/analyzer/lexicon/index';
import { compileLexicon } from '../../../utils/analyzer/match/compile';
import { LABELS } from '../../../utils/analyzer/types';

describe('lexicon', () => {
  it('compiles: every term list named exists and every rule id is unique', () => {
    expect(() => compileLexicon(LEXICON)).not.toThrow();
  });

  it('has rules for every label, each rule named after its label', () => {
    expect(LEXICON.labels.map((set) => set.label).sort()).toEqual([...LABELS].sort());
    for (const set of LEXICON.labels) {
      expect(set.rules.length).toBeGreaterThan(0);
      for (const rule of set.rules) expect(rule.id.startsWith(`${set.label}.`), rule.id).toBe(true);
    }
    for (const cue of LEXICON.cues) expect(cue.id.startsWith('collection.'), cue.id).toBe(true);
  });

  it('uses * only to let a word run on, at the end of a word', () => {
    const terms = (part: string): string[] => part.split('|').flatMap((t) => (t.startsWith('@') ? (LEXICON.concepts[t.slice(1)] ?? []).flatMap(terms) : [t]));
    const parts = [...LEXICON.labels.flatMap((s) => s.rules), ...LEXICON.cues].flatMap((r) => [...r.seq, r.unlessAfter ?? '', r.unlessBefore ?? '']);
    const misplaced = parts.flatMap(terms).filter((t) => /\* /.test(t));
    expect(misplaced).toEqual([]);
  });

  it('rejects a rule that names an unknown term list', () => {
    const broken = { ...LEXICON, labels: [{ label: 'abuse' as const, rules: [{ id: 'abuse.broken', seq: ['@no_such_list'] }] }] };
    expect(() => compileLexicon(broken)).toThrow(/no_such_list/);
  });

  it('has no term made only of digits: digits in a term stand for any number', () => {
    const parts = [...LEXICON.labels.flatMap((set) => set.rules), ...LEXICON.cues].flatMap((rule) => [
      ...rule.seq,
      rule.unlessAfter ?? '',
      rule.unlessBefore ?? '',
    ]);
    const terms = [...parts, ...Object.values(LEXICON.concepts).flat()].flatMap((part) => part.split('|'));
    expect(terms.filter((term) => /^\d+$/.test(term.trim()))).toEqual([]);
    // A Chinese term writes its number as #: "0手续费" would read every fee with a number.
    expect(terms.filter((term) => /[\u3400-\u9fff]/.test(term) && /\d/.test(term))).toEqual([]);
  });

  it('ships a Traditional → Simplified table generated for exactly these lexicons', { timeout: 60_000 }, () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(scriptTableSource(neededCharacters()));
  });
});
