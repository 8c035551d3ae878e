import { describe, expect, it } from 'vitest';
import { NO_FILTER_FIELDS, filterFromFields, isFilterEmpty } from '../../../utils/notes/filter';
import { createNoteSearch, searchableText } from '../../../utils/notes/search';
import { makeNote } from '../../support/make-note';

const simplified = makeNote({ institution: '招商银行', theySaid: '请在今天18点前还款，否则上报征信' });
const traditional = makeNote({ institution: '國泰世華', theySaid: '您的帳戶已逾期，請儘快還款' });
const english = makeNote({
  institution: 'Northwind Recovery',
  theySaid: 'This is your FINAL notice before we refer the account.',
  promises: [{ id: 'p1', by: 'them', what: 'Send the payment plan by email', dueAt: null, status: 'open' }],
  tags: ['plan'],
});
const notes = [simplified, traditional, english];

describe('createNoteSearch', () => {
  const search = createNoteSearch();
  search.setNotes(notes);

  it('finds Simplified and Traditional notes from either script', () => {
    expect(search.search('还款').map((n) => n.id)).toEqual([simplified.id, traditional.id]);
    expect(search.search('還款').map((n) => n.id)).toEqual([simplified.id, traditional.id]);
    expect(search.search('帐户').map((n) => n.id)).toEqual([traditional.id]);
    expect(search.search('徵信').map((n) => n.id)).toEqual([simplified.id]);
  });

  it('finds English in any case and width, inside promises too', () => {
    expect(search.search('final').map((n) => n.id)).toEqual([english.id]);
    expect(search.search('ＰＡＹＭＥＮＴ plan').map((n) => n.id)).toEqual([english.id]);
  });

  it('needs every word of the query', () => {
    expect(search.search('northwind 还款')).toEqual([]);
    expect(search.search('招商 征信').map((n) => n.id)).toEqual([simplified.id]);
  });

  it('returns every note, in order, for an empty query, and applies filters', () => {
    expect(search.search('').map((n) => n.id)).toEqual(notes.map((n) => n.id));
    expect(search.search('', { openPromises: true }).map((n) => n.id)).toEqual([english.id]);
    expect(search.search('还款', { institution: '國泰世華' }).map((n) => n.id)).toEqual([traditional.id]);
  });

  it('sees edits once the note changes', () => {
    const edited = { ...english, theySaid: '我们会上门拜访', updatedAt: english.updatedAt + 1 };
    search.setNotes([simplified, traditional, edited]);
    expect(search.search('上門').map((n) => n.id)).toEqual([english.id]);
    expect(search.search('final')).toEqual([]);
  });

  it('does not find deleted notes', () => {
    search.setNotes([{ ...simplified, deletedAt: 1 }]);
    expect(search.search('还款')).toEqual([]);
  });
});

describe('searchableText', () => {
  it('covers institution, agent, words, promises, tags and source', () => {
    const text = searchableText(
      makeNote({
        institution: 'A',
        agent: 'Agent 7',
        iSaid: 'mine',
        tags: ['tagged'],
        source: { url: 'https://chat.example/x', title: 'Support chat' },
      }),
    );
    for (const part of ['a', 'agent 7', 'mine', 'tagged', 'chat.example', 'support chat']) expect(text).toContain(part);
  });
});

describe('filterFromFields', () => {
  it('turns the inputs into a filter, whole local days for dates', () => {
    expect(isFilterEmpty(filterFromFields(NO_FILTER_FIELDS))).toBe(true);
    expect(
      filterFromFields({ institution: 'A', channel: 'sms', from: '2026-03-01', to: '2026-03-02', openPromises: true }),
    ).toEqual({
      institution: 'A',
      channel: 'sms',
      from: new Date(2026, 2, 1).getTime(),
      to: new Date(2026, 2, 3).getTime() - 1,
      openPromises: true,
    });
    expect(filterFromFields({ ...NO_FILTER_FIELDS, from: '2026-02-31' })).toEqual({});
  });
});

describe('createNoteSearch while typing', () => {
  const notes = Array.from({ length: 30 }, (_, i) =>
    makeNote({ id: `n${i}`, theySaid: i % 3 === 0 ? `final notice ${i}` : i % 3 === 1 ? `final reminder ${i}` : `payment plan ${i}` }),
  );
  const ids = (list: { id: string }[]) => list.map((n) => n.id);
  const everyMatch = (query: string) => notes.filter((n) => query.split(' ').every((w) => n.theySaid.includes(w))).map((n) => n.id);

  it('gives the same answers typing forward, erasing, and jumping between queries', () => {
    const search = createNoteSearch();
    search.setNotes(notes);
    const typed = 'final notice 1';
    for (let i = 1; i <= typed.length; i++) expect(ids(search.search(typed.slice(0, i))), typed.slice(0, i)).toEqual(everyMatch(typed.slice(0, i).trim()));
    for (let i = typed.length - 1; i >= 0; i--) expect(ids(search.search(typed.slice(0, i))), typed.slice(0, i)).toEqual(everyMatch(typed.slice(0, i).trim()));
    expect(ids(search.search('plan'))).toEqual(everyMatch('plan'));
    expect(ids(search.search('final'))).toEqual(everyMatch('final'));
    expect(ids(search.search('notice final'))).toEqual(everyMatch('final notice'));
  });

  it('forgets its answers when the notes or the filter change', () => {
    const search = createNoteSearch();
    search.setNotes(notes);
    expect(search.search('plan')).toHaveLength(10);
    search.setNotes(notes.slice(0, 3));
    expect(ids(search.search('plan'))).toEqual(['n2']);
    expect(search.search('plan', { channel: 'sms' })).toEqual([]);
    expect(ids(search.search('plan'))).toEqual(['n2']);
  });
});
