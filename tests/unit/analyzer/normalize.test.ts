import { describe, expect, it } from 'vitest';
import { normalize } from '../../../utils/analyzer/text/normalize';
import { originalSpan } from '../../../utils/analyzer/text/spans';

const fold = (text: string) => normalize(text).text;

/** The original text behind the folded occurrence of `needle`. */
function backToOriginal(text: string, needle: string): string {
  const folded = normalize(text);
  const at = folded.text.indexOf(needle);
  expect(at, `"${needle}" in "${folded.text}"`).toBeGreaterThanOrEqual(0);
  const span = originalSpan(folded, text, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('normalize', () => {
  it('folds width, case and Traditional characters', () => {
    expect(fold('ＰＡＹ　ＮＯＷ')).toBe('pay now');
    expect(fold('聯徵中心 還款')).toBe('联征中心还款');
  });

  it('reads Cantonese pronouns and particles and the polite 您 as their Mandarin forms', () => {
    expect(fold('佢哋嘅公司')).toBe('他们的公司');
    expect(fold('我哋已經搵咗你老闆嚟')).toBe('我们已经揾了你老板来');
    expect(fold('您的帳戶 妳的家人')).toBe('你的账户你的家人');
    // These keep readings of their own in the lexicon.
    expect(fold('唔還冇俾喺')).toBe('唔还冇俾喺');
  });

  it('drops spaces and symbols slipped between Chinese characters', () => {
    expect(fold('上报征 信')).toBe('上报征信');
    expect(fold('起*诉')).toBe('起诉');
    expect(fold('催.收')).toBe('催收');
    expect(fold('上 门 核 实')).toBe('上门核实');
    expect(fold('cui 收')).toBe('cui收');
  });

  it('joins spelled-out English words and reads look-alike letters', () => {
    expect(fold('flagged for l.a.w.s.u.i.t today')).toBe('flagged for lawsuit today');
    expect(fold('we will s u e you')).toBe('we will sue you');
    expect(fold('call the p0l1ce')).toBe('call the police');
    expect(fold('by 5 p.m. friday')).toBe('by 5 pm. friday');
    expect(fold('а lаwsuit')).toBe('a lawsuit');
    expect(fold('call the 𝐩𝐨𝐥𝐢𝐜𝐞')).toBe('call the police');
    expect(fold('ⓅⓄⓁⒾⒸⒺ')).toBe('police');
  });

  it('removes zero-width marks, direction marks and emoji but keeps sentence breaks', () => {
    expect(fold('起\u200b诉')).toBe('起诉');
    expect(fold('\u202e还钱\u202c')).toBe('还钱');
    expect(fold('Hey 👋 pay now')).toBe('hey pay now');
    expect(fold('还钱\n不然')).toBe('还钱\n不然');
  });

  it('keeps numbers, money signs and hyphenated words readable', () => {
    expect(fold('owe $1,240.50 past-due')).toBe('owe $1,240.50 past due');
    expect(fold("won’t")).toBe("won't");
  });

  it('maps every folded range back onto the original characters', () => {
    expect(backToOriginal('我们会上报征 信系统', '征信')).toBe('征 信');
    expect(backToOriginal('FLAGGED FOR L.A.W.S.U.I.T', 'lawsuit')).toBe('L.A.W.S.U.I.T');
    expect(backToOriginal('你的帳戶已逾期', '账户')).toBe('帳戶');
    expect(backToOriginal('𠀋起诉', '起诉')).toBe('起诉');
    expect(backToOriginal('the 𝐩𝐨𝐥𝐢𝐜𝐞 now', 'police')).toBe('𝐩𝐨𝐥𝐢𝐜𝐞');
  });

  it('keeps a character outside the basic plane whole', () => {
    const text = 'a𠀋b';
    const folded = normalize(text);
    expect(folded.text).toBe('a𠀋b');
    expect(originalSpan(folded, text, 1, 2)).toEqual({ start: 1, end: 3 });
  });
});
