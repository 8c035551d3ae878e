import { describe, expect, it } from 'vitest';
import { defineStrings } from '../../../utils/i18n/define-strings';
import { translatorFor } from '../../../utils/i18n/translator';

const first = defineStrings({
  en: { hello: 'Hello, {name}', bye: 'Bye' },
  zh_CN: { hello: '你好，{name}', bye: '再见' },
  zh_TW: { hello: '你好，{name}', bye: '再見' },
});
const second = defineStrings({
  en: { bye: 'Goodbye', thanks: 'Thanks' },
  zh_CN: { bye: '回见', thanks: '谢谢' },
  zh_TW: { bye: '回頭見', thanks: '謝謝' },
});

describe('translatorFor', () => {
  it('looks keys up across tables, filling placeholders', () => {
    const t = translatorFor(first, second);
    expect(t('zh_TW', 'hello', { name: '林小姐' })).toBe('你好，林小姐');
    expect(t('zh_CN', 'thanks')).toBe('谢谢');
  });

  it('lets a later table win on a shared key', () => {
    expect(translatorFor(first, second)('en', 'bye')).toBe('Goodbye');
    expect(translatorFor(second, first)('en', 'bye')).toBe('Bye');
  });

  it('lists every key once', () => {
    expect(translatorFor(first, second).keys().sort()).toEqual(['bye', 'hello', 'thanks']);
  });

  it('falls back to English, then to the key, rather than showing nothing', () => {
    const gappy = { en: { only: 'Only in English' }, zh_CN: {}, zh_TW: {} } as never;
    const t = translatorFor(gappy) as unknown as (l: string, k: string) => string;
    expect(t('zh_CN', 'only')).toBe('Only in English');
    expect(t('zh_CN', 'missing')).toBe('missing');
  });
});
