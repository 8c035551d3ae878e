import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../utils/tone/check';
import type { ToneFinding } from '../../../utils/tone/types';

const found = (text: string) => checkTone(text).map((f) => [f.kind, f.text]);
const expectSpansIntoOriginal = (text: string, findings: ToneFinding[]) => {
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
};

describe('checkTone in English', () => {
  it('marks each kind of heated wording', () => {
    const draft = 'You always call at night!!! You people are liars. I will sue you. You lied to me. STOP CALLING ME';
    expect(found(draft)).toEqual([
      ['absolute', 'You always'],
      ['over-punctuated', '!!!'],
      ['absolute', 'You people'],
      ['insulting', 'liars'],
      ['threatening', 'I will sue you'],
      ['accusatory', 'You lied'],
      ['all-caps', 'STOP CALLING ME'],
    ]);
    expectSpansIntoOriginal(draft, checkTone(draft));
  });

  it('offers calmer English alternatives for words, and a fix for shapes', () => {
    const [absolute] = checkTone('you never listen');
    expect(absolute).toMatchObject({ kind: 'absolute', locale: 'en', fix: null });
    expect(absolute!.alternatives.length).toBeGreaterThan(0);
    const [caps] = checkTone('PLEASE STOP CALLING');
    expect(caps).toMatchObject({ kind: 'all-caps', fix: 'Please stop calling', alternatives: [] });
  });

  it('matches whole words only, ignoring case and either apostrophe', () => {
    expect(found('YOU’RE LYING')).toContainEqual(['accusatory', 'YOU’RE LYING']);
    expect(found("you're lying")).toEqual([['accusatory', "you're lying"]]);
    expect(found('Stupidity aside, thanks')).toEqual([]);
    expect(found('what idiots')).toEqual([['insulting', 'idiots']]);
  });

  it('sees a generalised insult as sweeping and insulting at once', () => {
    expect(found("you're all crooks")).toEqual([
      ['absolute', "you're all crooks"],
      ['insulting', 'crooks'],
    ]);
  });

  it('reads full-width letters and still points into the original text', () => {
    const draft = 'ＹＯＵ ＡＬＷＡＹＳ do this';
    const findings = checkTone(draft);
    expect(findings[0]).toMatchObject({ kind: 'absolute', start: 0, end: 10 });
    expectSpansIntoOriginal(draft, findings);
  });

  it('leaves calm replies alone, including abbreviations and a one-word STOP', () => {
    for (const calm of [
      'STOP',
      'I have contacted the CFPB and the FTC about this.',
      'Could you send me the APR and the amount in USD?',
      'I AM asking politely.',
      'Thank you, I always appreciate a written summary.',
      'What would you like me to do?',
    ]) {
      expect(found(calm), calm).toEqual([]);
    }
  });
});
