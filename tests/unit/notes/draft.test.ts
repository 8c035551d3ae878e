import { describe, expect, it } from 'vitest';
import { applyChange, noteFromDraft } from '../../../utils/notes/draft';

const now = Date.UTC(2026, 0, 5, 8);

describe('noteFromDraft', () => {
  it('fills calm defaults for anything left out', () => {
    expect(noteFromDraft({}, 'id-1', now)).toEqual({
      id: 'id-1',
      occurredAt: now,
      channel: 'other',
      direction: 'incoming',
      institution: '',
      agent: '',
      theySaid: '',
      iSaid: '',
      promises: [],
      amount: null,
      followUpAt: null,
      tags: [],
      source: null,
      signals: [],
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
  });

  it('trims text, drops blank and repeated tags and repeated signals', () => {
    const note = noteFromDraft(
      { institution: '  Bank  ', theySaid: '\n hello \n', tags: [' a ', '', 'a', 'b'], signals: ['deadline', 'deadline'] },
      'id-2',
      now,
    );
    expect(note.institution).toBe('Bank');
    expect(note.theySaid).toBe('hello');
    expect(note.tags).toEqual(['a', 'b']);
    expect(note.signals).toEqual(['deadline']);
  });
});

describe('applyChange', () => {
  it('replaces named fields and keeps identity, creation time and the rest', () => {
    const note = noteFromDraft({ institution: 'Bank', agent: 'Li', occurredAt: now - 1000 }, 'id-3', now);
    const changed = applyChange(note, { agent: 'Wang' }, now + 5);
    expect(changed).toEqual({ ...note, agent: 'Wang', updatedAt: now + 5 });
  });
});
