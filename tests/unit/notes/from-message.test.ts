import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../utils/analyzer/types';
import { draftFromMessage } from '../../../utils/notes/from-message';
import { checkDraft } from '../../../utils/notes/validate';

const now = Date.UTC(2026, 2, 1, 9);
const analysis: Analysis = {
  lang: 'zh-Hans',
  isCollection: true,
  signals: [
    { label: 'deadline', tier: 'warning', spans: [{ start: 0, end: 4 }], rules: ['r1'] },
    { label: 'payment_demand', tier: 'info', spans: [{ start: 5, end: 9 }], rules: ['r2'] },
    { label: 'deadline', tier: 'warning', spans: [{ start: 10, end: 12 }], rules: ['r3'] },
  ],
  amounts: [{ value: 35000, currency: 'CNY', start: 0, end: 5, text: '3.5万元', spans: [] }],
  deadlines: [
    { text: '昨天', start: 0, end: 2, at: new Date(now - 86_400_000).toISOString(), spans: [] },
    { text: '今天18点前', start: 0, end: 6, at: new Date(now + 9 * 3_600_000).toISOString(), spans: [] },
    { text: '尽快', start: 0, end: 2, spans: [] },
  ],
  contacts: [
    { kind: 'phone', value: '95555', text: '95555', spans: [] },
    { kind: 'agent', value: '工号0231', text: '工号0231', spans: [] },
  ],
  suggestions: [],
};

describe('draftFromMessage', () => {
  it('keeps the message, the reply, the signals once each, the amount, the agent and the next time limit', () => {
    const source = { url: 'https://chat.example/1', title: 'Chat' };
    const draft = draftFromMessage('今天18点前还清3.5万元', analysis, { now, source, reply: '请书面说明金额。' });
    expect(draft).toEqual({
      occurredAt: now,
      theySaid: '今天18点前还清3.5万元',
      iSaid: '请书面说明金额。',
      source,
      signals: ['deadline', 'payment_demand'],
      amount: { value: 35000, currency: 'CNY' },
      agent: '工号0231',
      followUpAt: now + 9 * 3_600_000,
    });
    expect(checkDraft(draft, now).ok).toBe(true);
  });

  it('saves the words alone when there is no analysis', () => {
    expect(draftFromMessage('hello', null, { now })).toEqual({ occurredAt: now, theySaid: 'hello', iSaid: '', source: null });
  });
});
