import { describe, expect, it } from 'vitest';
import { foldForSearch, queryTerms } from '../../../utils/notes/search-fold';
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from '../../../utils/notes/simplified-table';

describe('foldForSearch', () => {
  it('folds Traditional to Simplified, including Taiwan and Hong Kong variants', () => {
    expect(foldForSearch('還款計劃')).toBe('还款计划');
    expect(foldForSearch('銀行催收')).toBe('银行催收');
    expect(foldForSearch('臺灣')).toBe(foldForSearch('台湾'));
    expect(foldForSearch('裡面')).toBe(foldForSearch('里面'));
    expect(foldForSearch('爲什麼')).toBe(foldForSearch('为什么'));
  });

  it('leaves Simplified text as it is', () => {
    expect(foldForSearch('请立即还款，逾期罚息')).toBe('请立即还款,逾期罚息');
  });

  it('ignores case and full-width forms', () => {
    expect(foldForSearch('ＡＢＣ Bank １２３')).toBe('abc bank 123');
    expect(foldForSearch('Final NOTICE')).toBe('final notice');
  });

  it('collapses runs of spaces and line breaks', () => {
    expect(foldForSearch('a \n\t b　c')).toBe('a b c');
  });
});

describe('queryTerms', () => {
  it('splits on spaces of any width and drops empty words', () => {
    expect(queryTerms('  還款　Plan  ')).toEqual(['还款', 'plan']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('the generated table', () => {
  it('pairs one character with one character and never maps a character to itself', () => {
    expect(TRADITIONAL_CHARS.length).toBe(SIMPLIFIED_CHARS.length);
    expect(TRADITIONAL_CHARS.length).toBeGreaterThan(2_000);
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) expect(TRADITIONAL_CHARS[i]).not.toBe(SIMPLIFIED_CHARS[i]);
  });

  it('folds to a fixed point: no Simplified result is folded again', () => {
    const sources = new Set(TRADITIONAL_CHARS);
    const again = [...SIMPLIFIED_CHARS].filter((c) => sources.has(c));
    expect(again).toEqual([]);
  });
});
