import { describe, expect, it } from 'vitest';
import { draftFromForm, formFromNote, parseAmount, splitTags } from '../../../utils/notes/form';
import { makeNote } from '../../support/make-note';

const now = new Date(2026, 2, 3, 14, 30).getTime();

describe('the note form', () => {
  it('starts a new contact as an incoming phone call now', () => {
    const form = formFromNote({}, now);
    expect(form).toMatchObject({ occurredAt: '2026-03-03T14:30', channel: 'phone', direction: 'incoming', promises: [] });
  });

  it('round-trips a note without losing a field', () => {
    const note = makeNote({
      occurredAt: now,
      channel: 'sms',
      direction: 'outgoing',
      institution: '平安银行',
      agent: '工号 0231',
      theySaid: 'pay',
      iSaid: 'I will call',
      promises: [{ id: 'p1', by: 'me', what: '还 500', dueAt: new Date(2026, 2, 10, 18, 0).getTime(), status: 'open' }],
      amount: { value: 1240.5, currency: 'CNY' },
      followUpAt: new Date(2026, 2, 9, 9, 0).getTime(),
      tags: ['信用卡', 'plan'],
      source: { url: 'https://x.example', title: 'X' },
      signals: ['deadline'],
    });
    const { draft, problems } = draftFromForm(formFromNote(note, 0));
    expect(problems).toEqual([]);
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = note;
    expect(draft).toEqual(fields);
  });

  it('drops empty promise rows and reports unreadable dates and amounts', () => {
    const form = {
      ...formFromNote({}, now),
      occurredAt: 'soon',
      amountValue: 'a lot',
      promises: [
        { id: 'a', by: 'me' as const, what: '', dueAt: '', status: 'open' as const },
        { id: 'b', by: 'them' as const, what: 'email the plan', dueAt: '2026-02-31T10:00', status: 'open' as const },
      ],
    };
    const { draft, problems } = draftFromForm(form);
    expect(draft.promises).toHaveLength(1);
    expect(draft.occurredAt).toBeUndefined();
    expect(problems).toEqual([
      { field: 'occurredAt', kind: 'invalid' },
      { field: 'promises.0.dueAt', kind: 'invalid' },
      { field: 'amount', kind: 'invalid' },
    ]);
  });
});

describe('splitTags and parseAmount', () => {
  it('split tags on commas of either width and the enumeration comma', () => {
    expect(splitTags('信用卡，分期、 plan, ,x;y')).toEqual(['信用卡', '分期', 'plan', 'x', 'y']);
  });

  it('read amounts as people type them', () => {
    expect(parseAmount('1,240.50')).toBe(1240.5);
    expect(parseAmount(' １２４０ ')).toBe(1240);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('12abc')).toBeNull();
  });
});
