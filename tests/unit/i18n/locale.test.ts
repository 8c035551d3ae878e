import { describe, expect, it } from 'vitest';
import { localeFromTag, resolveLocale } from '../../../utils/i18n/locale';
import { LOCALES, allStringKeys, translate } from '../../../utils/i18n';

describe('resolveLocale', () => {
  it('follows the browser when set to auto', () => {
    expect(resolveLocale('auto', ['zh-CN', 'en'])).toBe('zh_CN');
    expect(resolveLocale('auto', ['zh-TW'])).toBe('zh_TW');
    expect(resolveLocale('auto', ['zh-HK'])).toBe('zh_TW');
    expect(resolveLocale('auto', ['zh-Hant'])).toBe('zh_TW');
    expect(resolveLocale('auto', ['zh-Hans-SG'])).toBe('zh_CN');
    expect(resolveLocale('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLocale('auto', ['de'])).toBe('en');
  });

  it('keeps an explicit choice over the browser', () => {
    expect(resolveLocale('zh_TW', ['en-US'])).toBe('zh_TW');
  });

  it('reads underscores and case', () => {
    expect(localeFromTag('ZH_tw')).toBe('zh_TW');
    expect(localeFromTag('es')).toBeNull();
  });
});

describe('interface strings', () => {
  it('exist, non-empty, in every language', () => {
    for (const key of allStringKeys()) {
      for (const locale of LOCALES) {
        expect(translate(locale, key as never).trim(), `${locale}:${key}`).not.toBe('');
      }
    }
  });

  it('keep the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of allStringKeys()) {
      const en = placeholders(translate('en', key as never));
      for (const locale of LOCALES) {
        expect(placeholders(translate(locale, key as never)), `${locale}:${key}`).toEqual(en);
      }
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'somethingWentWrong', { detail: 'disk full' })).toContain('disk full');
  });
});
