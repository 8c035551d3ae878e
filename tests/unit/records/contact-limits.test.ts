import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n';
import { CONTACT_LIMITS, type Rule } from '../../../utils/rights/contact-limits';
import { JURISDICTIONS } from '../../../utils/rights/jurisdiction';

const rules = (): Rule[] =>
  JURISDICTIONS.flatMap((j) => {
    const l = CONTACT_LIMITS[j];
    return [l.hours?.rule, l.callsPerDay?.rule, l.callsPerWeek?.rule, l.quietAfterConversation?.rule, l.thirdParty, ...l.conduct.map((c) => c.rule)].filter(
      (r): r is Rule => r !== null && r !== undefined,
    );
  });

describe('contact limits data', () => {
  it('has the numbers of the rights data', () => {
    const { CN, TW, HK, US, UK } = CONTACT_LIMITS;
    expect([CN.hours?.from, CN.hours?.until, CN.callsPerDay?.max]).toEqual([8 * 60, 22 * 60, 6]);
    expect([TW.hours?.from, TW.hours?.until]).toEqual([7 * 60, 22 * 60]);
    expect([US.hours?.from, US.hours?.until, US.callsPerWeek?.max, US.quietAfterConversation?.days]).toEqual([8 * 60, 21 * 60, 7, 7]);
    // Hong Kong and the UK forbid "unreasonable" hours without naming any.
    expect([HK.hours, UK.hours]).toEqual([null, null]);
  });

  it('gives every rule a unique id, its source and its words in every language', () => {
    const all = rules();
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const rule of all) {
      for (const locale of LOCALES) {
        expect(rule.summary[locale].trim(), `${rule.id} ${locale}`).not.toBe('');
        expect(rule.source[locale].trim(), `${rule.id} ${locale}`).not.toBe('');
      }
    }
  });

  it('words uncertain rules as reported, in every language', () => {
    const uncertain = rules().filter((r) => r.certainty === 'U');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const rule of uncertain) {
      expect(rule.summary.en).toMatch(/reported/i);
      expect(rule.summary.zh_CN).toContain('据报道');
      expect(rule.summary.zh_TW).toContain('據報導');
    }
  });
});
