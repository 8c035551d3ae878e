import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locale';
import { checkTone } from '../../../utils/tone/check';
import { TONE_EXPLANATIONS } from '../../../utils/tone/explanations';
import { en } from '../../../utils/tone/lexicon/en';
import { zhHans } from '../../../utils/tone/lexicon/zh-hans';
import { zhHant } from '../../../utils/tone/lexicon/zh-hant';
import { TONE_KINDS } from '../../../utils/tone/types';
import { simplifiedOnly, traditionalOnly } from '../phrasebook/written-chinese';

const lexicons = [en, zhHans, zhHant];

describe('the tone lexicons', () => {
  it('give every group words and calmer alternatives', () => {
    for (const lexicon of lexicons) {
      for (const group of lexicon.groups) {
        expect(group.terms.length, `${lexicon.locale} ${group.kind}`).toBeGreaterThan(0);
        expect(group.alternatives.length, `${lexicon.locale} ${group.kind}`).toBeGreaterThan(0);
      }
    }
  });

  it('find every one of their own words', () => {
    for (const lexicon of lexicons) {
      for (const group of lexicon.groups) {
        for (const term of group.terms.filter((t) => !t.includes('{insult}'))) {
          const sample = term.replace(/\*$/, '');
          expect(checkTone(sample).map((f) => f.kind), `${lexicon.locale}: ${term}`).toContain(group.kind);
        }
      }
    }
  });

  it('suggest alternatives that are themselves calm', () => {
    for (const lexicon of lexicons) {
      for (const alternative of lexicon.groups.flatMap((g) => g.alternatives)) {
        expect(checkTone(alternative), alternative).toEqual([]);
      }
    }
  });

  it('write each Chinese lexicon in its own script', () => {
    for (const text of zhHans.groups.flatMap((g) => [...g.terms, ...g.alternatives])) expect(traditionalOnly(text), text).toEqual([]);
    for (const text of zhHant.groups.flatMap((g) => [...g.terms, ...g.alternatives])) expect(simplifiedOnly(text), text).toEqual([]);
  });

  it('explain every kind in every language', () => {
    for (const kind of TONE_KINDS) {
      for (const locale of LOCALES) {
        expect(TONE_EXPLANATIONS[kind].label[locale].length, `${kind} ${locale}`).toBeGreaterThan(0);
        expect(TONE_EXPLANATIONS[kind].why[locale].length, `${kind} ${locale}`).toBeGreaterThan(20);
      }
    }
  });
});

describe('checkTone on any input', () => {
  it('never throws and always points into the text it was given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const f of checkTone(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
    );
  });

  it('reads pasted HTML as text', () => {
    const text = '<b>YOU PEOPLE</b> <script>alert(1)</script>';
    expect(checkTone(text).map((f) => f.text)).toContain('YOU PEOPLE');
  });
});
