import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locale';
import { SITUATIONS, situationById } from '../../../utils/phrasebook/catalog';
import { SITUATION_IDS } from '../../../utils/phrasebook/types';
import { isMechanicalCopy, simplifiedOnly, traditionalOnly } from './written-chinese';

const texts = SITUATIONS.flatMap((s) => [s.title, s.short, s.guidance, ...(s.checklist ?? []), ...s.phrases]);
const blanks = (s: string) => (s.match(/\[[^\]]+\]/g) ?? []).length;

describe('the phrasebook', () => {
  it('holds every situation once, in the order of the guide', () => {
    expect(SITUATIONS.map((s) => s.id)).toEqual([...SITUATION_IDS]);
    for (const id of SITUATION_IDS) expect(situationById(id).id).toBe(id);
  });

  it('gives each situation guidance and 3 to 6 phrases', () => {
    for (const s of SITUATIONS) {
      expect(s.phrases.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.phrases.length, s.id).toBeLessThanOrEqual(6);
    }
  });

  it('prepares before the call with a checklist and the breathing exercise, and records after it', () => {
    expect(situationById('before-call').breathing).toBe(true);
    expect(situationById('before-call').checklist?.length).toBeGreaterThan(0);
    expect(situationById('after-call').checklist?.length).toBeGreaterThan(0);
    expect(SITUATIONS.filter((s) => s.breathing).map((s) => s.id)).toEqual(['before-call']);
  });

  it('has every text in every language, trimmed and non-empty', () => {
    for (const text of texts) {
      for (const locale of LOCALES) {
        expect(text[locale].trim(), JSON.stringify(text)).toBe(text[locale]);
        expect(text[locale].length, JSON.stringify(text)).toBeGreaterThan(0);
      }
    }
  });

  it('leaves the same blanks to fill in every language of a phrase', () => {
    for (const phrase of SITUATIONS.flatMap((s) => s.phrases)) {
      expect(blanks(phrase.zh_CN), phrase.en).toBe(blanks(phrase.en));
      expect(blanks(phrase.zh_TW), phrase.en).toBe(blanks(phrase.en));
    }
  });

  it('writes Simplified and Traditional each in its own characters', () => {
    expect(simplifiedOnly('你们好，台灣')).toEqual(['们']);
    expect(traditionalOnly('你們好')).toEqual(['們']);
    for (const text of texts) {
      expect(traditionalOnly(text.zh_CN), text.zh_CN).toEqual([]);
      expect(simplifiedOnly(text.zh_TW), text.zh_TW).toEqual([]);
    }
  });

  it('writes Traditional Chinese in its own words, not as a character-for-character copy', () => {
    const copies = texts.filter((t) => isMechanicalCopy(t.zh_CN, t.zh_TW)).length;
    expect(copies / texts.length).toBeLessThan(0.5);
  });

  it('has no duplicate phrases', () => {
    for (const locale of LOCALES) {
      const all = SITUATIONS.flatMap((s) => s.phrases.map((p) => p[locale]));
      expect(new Set(all).size, locale).toBe(all.length);
    }
  });
});
