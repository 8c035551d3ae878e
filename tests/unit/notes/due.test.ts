import { describe, expect, it } from 'vitest';
import { dueBetween, dueDates, dueSoon, nextDueAt } from '../../../utils/notes/due';
import type { Commitment } from '../../../utils/notes/note';
import { makeNote } from '../../support/make-note';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 4, 1, 12);
const promise = (fields: Partial<Commitment>): Commitment => ({ id: 'p', by: 'them', what: 'call back', dueAt: null, status: 'open', ...fields });

const overdue = makeNote({ followUpAt: now - 2 * HOUR });
const soon = makeNote({ promises: [promise({ id: 'soon', dueAt: now + HOUR })] });
const later = makeNote({ followUpAt: now + 10 * 24 * HOUR });
const kept = makeNote({ promises: [promise({ dueAt: now + HOUR, status: 'kept' })] });
const undated = makeNote({ promises: [promise({ dueAt: null })] });
const deleted = makeNote({ followUpAt: now + HOUR, deletedAt: now - 1 });
const notes = [later, soon, kept, undated, deleted, overdue];

describe('due follow-ups and promises', () => {
  it('lists dated follow-ups and open promises of live notes, soonest first', () => {
    const items = dueDates(notes);
    expect(items.map((i) => [i.kind, i.note.id])).toEqual([
      ['follow-up', overdue.id],
      ['promise', soon.id],
      ['follow-up', later.id],
    ]);
    const first = items[1]!;
    expect(first.kind === 'promise' && first.promise.id).toBe('soon');
  });

  it('keeps recently overdue items and those within the horizon', () => {
    expect(dueSoon(notes, now, 24 * HOUR, 24 * HOUR).map((i) => i.note.id)).toEqual([overdue.id, soon.id]);
    expect(dueSoon(notes, now, 24 * HOUR, HOUR).map((i) => i.note.id)).toEqual([soon.id]);
  });

  it('finds what falls due in a window, excluding its start', () => {
    expect(dueBetween(notes, now, now + HOUR).map((i) => i.note.id)).toEqual([soon.id]);
    expect(dueBetween(notes, now + HOUR, now + 2 * HOUR)).toEqual([]);
  });

  it('gives the next due time after a moment, or null', () => {
    expect(nextDueAt(notes, now)).toBe(now + HOUR);
    expect(nextDueAt(notes, now + 11 * 24 * HOUR)).toBeNull();
  });
});
