import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locale';
import { RIGHTS } from '../../../utils/rights/catalog';
import { JURISDICTIONS } from '../../../utils/rights/jurisdiction';
import { simplifiedOnly, traditionalOnly } from '../phrasebook/written-chinese';

const allRules = JURISDICTIONS.flatMap((j) => RIGHTS[j].rules.map((rule) => ({ j, rule })));

describe('the rights data', () => {
  it('covers every jurisdiction CalmLine offers, each under its own code', () => {
    for (const j of JURISDICTIONS) expect(RIGHTS[j].jurisdiction).toBe(j);
  });

  it('gives every rule its text and source in every language', () => {
    for (const { j, rule } of allRules) {
      for (const locale of LOCALES) {
        expect(rule.text[locale].trim().length, `${j} ${rule.text.en}`).toBeGreaterThan(0);
        expect(rule.source[locale].trim().length, `${j} ${rule.text.en}`).toBeGreaterThan(0);
      }
    }
  });

  it('words every uncertain rule as reported, in every language', () => {
    const uncertain = allRules.filter(({ rule }) => rule.certainty === 'U');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const { rule } of uncertain) {
      expect(rule.text.en).toMatch(/\breported\b/);
      expect(rule.text.zh_CN).toMatch(/据报道/);
      expect(rule.text.zh_TW).toMatch(/據報導/);
    }
  });

  it('tells people where to complain everywhere', () => {
    for (const j of JURISDICTIONS) expect(RIGHTS[j].rules.some((r) => r.topic === 'complain'), j).toBe(true);
  });

  it('carries the figures of the rules exactly in every language', () => {
    const figures = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
    for (const { j, rule } of allRules) {
      expect(figures(rule.text.zh_CN), `${j} ${rule.text.en}`).toBe(figures(rule.text.en));
      expect(figures(rule.text.zh_TW), `${j} ${rule.text.en}`).toBe(figures(rule.text.en));
    }
  });

  it('writes Simplified and Traditional each in its own characters', () => {
    for (const { rule } of allRules) {
      expect(traditionalOnly(rule.text.zh_CN), rule.text.zh_CN).toEqual([]);
      expect(simplifiedOnly(rule.text.zh_TW), rule.text.zh_TW).toEqual([]);
    }
  });
});
