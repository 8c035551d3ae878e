import { describe, expect, it } from 'vitest';
import { findAllCaps } from '../../../utils/tone/all-caps';
import { findOverPunctuation } from '../../../utils/tone/punctuation';

describe('findAllCaps', () => {
  it('finds a shouted run and offers it in normal case', () => {
    expect(findAllCaps('I said LEAVE ME ALONE now')).toEqual([{ start: 7, end: 21, fix: 'leave me alone' }]);
  });

  it('capitalises the fix at the start of a sentence and keeps abbreviations', () => {
    expect(findAllCaps('Fine. I WILL CALL THE CFPB')).toEqual([{ start: 6, end: 26, fix: 'I will call the CFPB' }]);
    expect(findAllCaps('STOP CALLING ME')).toEqual([{ start: 0, end: 15, fix: 'Stop calling me' }]);
  });

  it('ends a run at the end of a sentence or at another script', () => {
    expect(findAllCaps('NEVER AGAIN. LIARS').map((m) => m.fix)).toEqual(['Never again', 'Liars']);
    expect(findAllCaps('PLEASE 请 STOP')).toEqual([{ start: 0, end: 6, fix: 'Please' }]);
  });

  it('lets short words and abbreviations be', () => {
    expect(findAllCaps('OK')).toEqual([]);
    expect(findAllCaps('STOP')).toEqual([]);
    expect(findAllCaps('See the FDCPA and HKMA rules')).toEqual([]);
    expect(findAllCaps('I AM')).toEqual([]);
  });
});

describe('findOverPunctuation', () => {
  it('finds runs of ! and ? in either width and offers one calm mark', () => {
    expect(findOverPunctuation('Why?!? Stop!!! 为什么？？？ 别打了！！')).toEqual([
      { start: 3, end: 6, fix: '?' },
      { start: 11, end: 14, fix: '.' },
      { start: 18, end: 21, fix: '？' },
      { start: 25, end: 27, fix: '。' },
    ]);
  });

  it('leaves single marks alone', () => {
    expect(findOverPunctuation('Really? Yes! 好的！')).toEqual([]);
  });
});
