import { describe, expect, it } from 'vitest';
import { resolvePhraseLocale } from '../../../utils/phrasebook/phrase-locale';

describe('resolvePhraseLocale', () => {
  it('follows the interface language by default', () => {
    expect(resolvePhraseLocale('interface', 'zh_TW')).toBe('zh_TW');
    expect(resolvePhraseLocale('interface', 'en')).toBe('en');
  });

  it('keeps a chosen phrase language whatever the interface speaks', () => {
    expect(resolvePhraseLocale('zh_CN', 'en')).toBe('zh_CN');
  });
});
