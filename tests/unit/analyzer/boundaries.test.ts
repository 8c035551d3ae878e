import { describe, expect, it } from 'vitest';
import { findBoundaries } from '../../../utils/analyzer/text/boundaries';

const sentences = (text: string): string[] => {
  const { sentence } = findBoundaries(text);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) out[sentence[i]!] = (out[sentence[i]!] ?? '') + text[i];
  return out.map((s) => s.trim());
};

describe('sentence boundaries', () => {
  it('ends a sentence at a full stop, and at Chinese and English marks', () => {
    expect(sentences('you owe us. pay now! 你好。还钱？')).toEqual(['you owe us.', 'pay now!', '你好。', '还钱？']);
  });

  it('does not end one at a title or a short form: "mr. alvarez", "mill st. today", "no. 4471"', () => {
    expect(sentences('mr. alvarez, we attended 22 mill st. today. you were not in.')).toEqual([
      'mr. alvarez, we attended 22 mill st. today.',
      'you were not in.',
    ]);
    expect(sentences('case no. 4471 is open. we said no. pay now.')).toEqual(['case no. 4471 is open.', 'we said no.', 'pay now.']);
  });
});
