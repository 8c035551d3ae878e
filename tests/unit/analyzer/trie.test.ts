import { describe, expect, it } from 'vitest';
import { compileTerm } from '../../../utils/analyzer/match/term';
import { TermTrieBuilder } from '../../../utils/analyzer/match/trie';

function found(terms: string[], text: string): string[] {
  const builder = new TermTrieBuilder();
  terms.forEach((t, i) => builder.add(compileTerm(t), i));
  const trie = builder.build();
  const hits: string[] = [];
  trie.scan(text, (term, start, end) => hits.push(`${terms[term]}=${text.slice(start, end)}`));
  return hits;
}

describe('TermTrie', () => {
  it('finds every term, nested ones included, in order of start', () => {
    expect(found(['征信', '上报征信', '上报'], '将上报征信系统')).toEqual(['上报=上报', '上报征信=上报征信', '征信=征信']);
  });

  it('matches # against a number in digits or Chinese numerals', () => {
    expect(found(['#日内'], '请于3日内、七日内、15日内处理')).toEqual(['#日内=3日内', '#日内=七日内', '#日内=15日内']);
    expect(found(['#月#日'], '2024年3月10日')).toEqual(['#月#日=3月10日']);
    expect(found(['#:# pm'], 'by 5:30 pm')).toEqual(['#:# pm=5:30 pm']);
  });

  it('keeps English terms to whole words, unless they end in *', () => {
    expect(found(['court'], 'a courtesy call')).toEqual([]);
    expect(found(['court'], 'see you in court.')).toEqual(['court=court']);
    expect(found(['garnish*'], 'wage garnishment')).toEqual(['garnish*=garnishment']);
    expect(found(['sue'], 'pursue the issue')).toEqual([]);
  });

  it('keeps every term findable as its tables grow, shared starts and ends included', () => {
    // Thousands of terms over a few characters: many share prefixes, and the edge table doubles several times.
    const chars = '催收征信起诉上门';
    const terms = Array.from({ length: 3000 }, (_, i) => {
      let term = '';
      for (let n = i + chars.length; n > 0; n = Math.floor(n / chars.length)) term += chars[n % chars.length];
      return term;
    });
    const unique = [...new Set(terms)];
    const builder = new TermTrieBuilder();
    unique.forEach((t, i) => builder.add(compileTerm(t), i));
    const trie = builder.build();
    for (const [i, t] of unique.entries()) {
      const hits: number[] = [];
      trie.scan(`,${t},`, (term, start, end) => start === 1 && end === t.length + 1 && hits.push(term));
      expect(hits, t).toContain(i);
    }
  });

  it('does not read a run of digits too long for a date or a sum as a number', () => {
    expect(found(['#号'], `${'9'.repeat(40)}号`)).toEqual([]);
  });
});
