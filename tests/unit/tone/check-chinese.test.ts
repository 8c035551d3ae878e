import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../utils/tone/check';

const found = (text: string) => checkTone(text).map((f) => [f.kind, f.text]);

describe('checkTone in Simplified Chinese', () => {
  it('marks sweeping, insulting, accusing and threatening words, and piles of marks', () => {
    expect(found('你们就是骗子！！！你们每次都半夜打电话？？？你骗我，你给我等着')).toEqual([
      ['absolute', '你们就是骗子'],
      ['insulting', '骗子'],
      ['over-punctuated', '！！！'],
      ['absolute', '你们每次都'],
      ['over-punctuated', '？？？'],
      ['accusatory', '你骗我'],
      ['threatening', '你给我等着'],
    ]);
  });

  it('answers in Simplified Chinese, with full-width fixes for full-width marks', () => {
    const findings = checkTone('你们总是这样！！');
    expect(findings.every((f) => f.locale === 'zh_CN')).toBe(true);
    expect(findings.find((f) => f.kind === 'over-punctuated')?.fix).toBe('。');
    expect(findings.find((f) => f.kind === 'absolute')?.alternatives[0]).toMatch(/日期/);
  });

  it('leaves ordinary sentences alone', () => {
    for (const calm of ['你们就是招商银行的吗？', '我每次都按时还款。', '最近收到很多垃圾短信。', '利滚利的利息怎么算？', '请问我总共要还多少？']) {
      expect(found(calm), calm).toEqual([]);
    }
  });
});

describe('checkTone in Traditional Chinese', () => {
  it('marks Taiwanese wording and answers in Traditional Chinese', () => {
    const findings = checkTone('你們每次都打來，你們就是騙子，你給我小心');
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['absolute', '你們每次都'],
      ['absolute', '你們就是騙子'],
      ['insulting', '騙子'],
      ['threatening', '你給我小心'],
    ]);
    expect(findings.every((f) => f.locale === 'zh_TW')).toBe(true);
    expect(findings[0]!.alternatives[0]).toMatch(/日期/);
  });

  it('marks Hong Kong Cantonese wording', () => {
    expect(found('你哋成日打嚟，你睇住')).toEqual([
      ['absolute', '你哋成日'],
      ['threatening', '你睇住'],
    ]);
  });

  it('picks the Chinese the draft is written in for words both scripts share', () => {
    expect(checkTone('這些人真是流氓')[0]).toMatchObject({ kind: 'insulting', locale: 'zh_TW' });
    expect(checkTone('这些人真是流氓')[0]).toMatchObject({ kind: 'insulting', locale: 'zh_CN' });
    expect(checkTone('流氓')[0]!.locale).toBe('zh_CN');
    expect(checkTone('流氓', { preferChinese: 'zh_TW' })[0]!.locale).toBe('zh_TW');
    expect(checkTone('流氓')).toHaveLength(1);
  });

  it('leaves ordinary sentences alone', () => {
    for (const calm of ['請問你們是哪一家銀行？', '我每次都準時繳款。', '可以給我一份明細嗎？']) {
      expect(found(calm), calm).toEqual([]);
    }
  });
});
