import { describe, expect, it } from 'vitest';
import { analyzeLine } from '../../../scripts/analyze/jsonl';
import { formatReport, highlight } from '../../../scripts/analyze/report';
import { analyze } from '../../../utils/analyzer/index';

const now = new Date('2024-06-03T09:00:00Z');

describe('analyze --jsonl, one line', () => {
  it('answers with the contract keys, labels as names and amounts as value and currency', () => {
    const result = analyzeLine(JSON.stringify({ id: 'x1', text: '您的借款已逾期，欠款3,000元，请今天18点前还款，否则上门。' }), now);
    expect(Object.keys(result)).toEqual(['id', 'lang', 'isCollection', 'labels', 'amounts', 'deadlines', 'suggestions']);
    if ('error' in result) throw new Error(result.error);
    expect(result.lang).toBe('zh-Hans');
    expect(result.isCollection).toBe(true);
    expect(result.labels).toEqual(expect.arrayContaining(['payment_demand', 'deadline', 'visit_threat']));
    expect(result.amounts).toEqual([{ value: 3000, currency: 'CNY' }]);
  });

  it('uses the line\'s own "now" when it has one', () => {
    const result = analyzeLine(JSON.stringify({ id: 7, text: 'Pay by tomorrow.', now: '2024-01-01T00:00:00Z' }), now);
    expect(result.id).toBe(7);
    expect('error' in result).toBe(false);
  });

  it('turns a bad line into an error in plain words, keeping the id when there is one', () => {
    expect(analyzeLine('{not json', now)).toEqual({ id: null, error: expect.stringContaining('not valid JSON') });
    expect(analyzeLine('[1,2]', now)).toEqual({ id: null, error: expect.any(String) });
    expect(analyzeLine('{"text":"hi"}', now)).toEqual({ id: null, error: expect.stringContaining('"id"') });
    expect(analyzeLine('{"id":"a","text":5}', now)).toEqual({ id: 'a', error: expect.stringContaining('"text"') });
    expect(analyzeLine('{"id":"b","text":"hi","now":"yesterday"}', now)).toEqual({ id: 'b', error: expect.stringContaining('"now"') });
  });
});

describe('analyze, the report for a person', () => {
  it('brackets the evidence and lists labels with tiers', () => {
    expect(highlight('abc def', [{ start: 4, end: 7 }])).toBe('abc 【def】');
    const text = 'Your account is past due. We will call your employer tomorrow.';
    const report = formatReport(text, analyze(text, { now }));
    expect(report).toContain('danger   third_party_contact');
    expect(report).toContain('【call your employer】');
  });
});
