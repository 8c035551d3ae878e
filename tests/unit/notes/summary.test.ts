import { describe, expect, it } from 'vitest';
import { institutionsByRecency } from '../../../utils/notes/institutions';
import { summarize } from '../../../utils/notes/summary';
import { makeNote } from '../../support/make-note';

describe('summarize', () => {
  it('takes what they said on one line', () => {
    expect(summarize(makeNote({ theySaid: '  Please\n\npay  today ', iSaid: 'ok' }))).toBe('Please pay today');
  });

  it('falls back to what I said, then to a promise, then to nothing', () => {
    expect(summarize(makeNote({ iSaid: 'I asked for a plan' }))).toBe('I asked for a plan');
    expect(summarize(makeNote({ promises: [{ id: 'p', by: 'them', what: 'send letter', dueAt: null, status: 'open' }] }))).toBe(
      'send letter',
    );
    expect(summarize(makeNote())).toBe('');
  });

  it('shortens long text by whole characters', () => {
    const summary = summarize(makeNote({ theySaid: '还款'.repeat(100) }), 11);
    expect(summary).toBe('还款还款还款还款还款…');
  });
});

describe('institutionsByRecency', () => {
  it('lists each institution once, most recent first, ignoring case, width and script', () => {
    const notes = [
      makeNote({ institution: '招商銀行', occurredAt: 3 }),
      makeNote({ institution: 'Acme', occurredAt: 5 }),
      makeNote({ institution: '招商银行', occurredAt: 1 }),
      makeNote({ institution: 'ACME', occurredAt: 2 }),
      makeNote({ institution: '', occurredAt: 9 }),
      makeNote({ institution: 'Gone', occurredAt: 9, deletedAt: 10 }),
    ];
    expect(institutionsByRecency(notes)).toEqual(['Acme', '招商銀行']);
  });
});
