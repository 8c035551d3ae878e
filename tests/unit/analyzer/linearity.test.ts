import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analyzer/index';

const now = new Date('2024-06-03T09:00:00Z');

/** The fastest of several runs: on a shared machine, load only ever adds time. */
function fastestMs(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text, { now });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Inputs a backtracking or quadratic matcher would choke on: near-matches of lexicon
// terms over and over, very long numbers, deep punctuation, spelled-out letters,
// negations that reach nowhere. A quadratic cost grows 16-fold from n to 4n.
const ADVERSARIAL: Record<string, string> = {
  'repeated near-matches': '起诉起诉征信征xin通讯上门不会联系你家人的电话爆通讯',
  'English near-matches': "pay pay now sue court won't contact your employ ",
  'long digit runs': '1234567890',
  'deep punctuation': '((((【【「，。,.:;!?-—',
  'spelled-out letters': 'a.b.c.d.e.f.g.h ',
  'negations reaching nowhere': '不会不会不会never never no no ',
  'one endless word': 'garnish',
};

describe('cost grows linearly with length', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', { timeout: 30_000 }, (_name, unit) => {
    const n = 40_000;
    analyze(fill(unit, n), { now });
    const small = fastestMs(fill(unit, n), 7);
    const large = fastestMs(fill(unit, 4 * n), 7);
    expect(large / Math.max(small, 0.05)).toBeLessThan(8);
  });
});
