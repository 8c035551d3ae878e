import { describe, expect, it } from 'vitest';
import { findAmounts, findContacts, findDeadlines } from '../../../../utils/analyzer/entities';
import { closeUpSpacing } from '../../../../utils/analyzer/entities/spaced-out';

const now = new Date('2024-06-03T09:00:00Z');
const SPACED = '追 數 公 司 通 知：閣 下 欠 款 $ 8 , 6 0 0 已 逾 期，今 日 內 唔 處 理 即 交 律 師 行，電 話 1 3 8 0 0 1 3 8 0 0 0';

describe('messages spaced out to dodge filters', () => {
  it('are read closed up, and what is found quotes the message as written', () => {
    expect(findAmounts(SPACED).map((a) => [a.value, a.text])).toEqual([[8600, '$ 8 , 6 0 0']]);
    expect(findDeadlines(SPACED, now).map((d) => d.text)).toEqual(['今 日 內']);
    expect(findContacts(SPACED).map((c) => [c.kind, c.value, c.text])).toEqual([['phone', '13800138000', '1 3 8 0 0 1 3 8 0 0 0']]);
    for (const found of [...findAmounts(SPACED), ...findDeadlines(SPACED, now), ...findContacts(SPACED)]) {
      for (const span of found.spans) expect(SPACED.slice(span.start, span.end)).toBe(found.text);
    }
  });

  it('close up only single spaces between short pieces', () => {
    expect(closeUpSpacing('y o u  o w e  $ 5 0 0 😊 n o w')?.text).toBe('you  owe  $500😊now');
  });

  it('leave messages written normally as they are', () => {
    expect(closeUpSpacing('你好，我是小王，你欠的3000元今天要还，电话13800138000')).toBeNull();
    expect(closeUpSpacing('Please call 1 800 555 1234 about the $1,200 balance on your account by Friday.')).toBeNull();
    expect(closeUpSpacing('a b c')).toBeNull();
    expect(findAmounts('Your balance of $1,240.50 is past due.').map((a) => a.text)).toEqual(['$1,240.50']);
  });
});
