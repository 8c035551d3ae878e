import { describe, expect, it, vi } from 'vitest';
import { NoteStoreError } from '../../../utils/db/errors';
import {
  countNotes,
  createNote,
  deleteNote,
  getNote,
  listDue,
  listInstitutions,
  listNotes,
  listNotesByDay,
  purgeDeleted,
  restoreNote,
  searchNotes,
  updateNote,
} from '../../../utils/db/notes-repository';
import type { NoteDraft } from '../../../utils/notes/note';
import { testDatabase } from './test-database';

const DAY = 86_400_000;
const now = new Date(2026, 3, 20, 12).getTime();

async function seed() {
  const db = testDatabase();
  const drafts: NoteDraft[] = [
    { occurredAt: now - 3 * DAY, channel: 'phone', institution: '招商银行', theySaid: '请在今天18点前还款，否则上报征信', tags: ['信用卡'] },
    { occurredAt: now - 2 * DAY, channel: 'sms', institution: '國泰世華', theySaid: '您的帳戶已逾期，請儘快還款', followUpAt: now + DAY },
    {
      occurredAt: now - DAY,
      channel: 'email',
      institution: 'Northwind Recovery',
      theySaid: 'Final NOTICE: pay the balance.',
      promises: [{ id: 'p1', by: 'them', what: 'Send the payment plan', dueAt: now + 2 * DAY, status: 'open' }],
    },
  ];
  const notes = [];
  for (const draft of drafts) notes.push(await createNote(db, draft, now));
  return { db, notes };
}

describe('writing notes', () => {
  it('stores a validated note and reads it back whole', async () => {
    const { db, notes } = await seed();
    expect(await getNote(db, notes[0]!.id)).toEqual(notes[0]);
    expect(notes[0]).toMatchObject({ createdAt: now, updatedAt: now, deletedAt: null, direction: 'incoming' });
    expect(await countNotes(db)).toBe(3);
  });

  it('refuses an invalid draft with the reasons and stores nothing', async () => {
    const db = testDatabase();
    const error = await createNote(db, { agent: 'a'.repeat(300) }, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoteStoreError);
    expect((error as NoteStoreError).kind).toBe('invalid');
    expect((error as NoteStoreError).problems).toEqual([{ field: 'agent', kind: 'too-long', max: 200, actual: 300 }]);
    expect(await countNotes(db)).toBe(0);
  });

  it('updates named fields only', async () => {
    const { db, notes } = await seed();
    const updated = await updateNote(db, notes[1]!.id, { agent: '陳小姐', iSaid: '我下週一回覆' }, now + 10);
    expect(updated).toEqual({ ...notes[1], agent: '陳小姐', iSaid: '我下週一回覆', updatedAt: now + 10 });
    expect(await getNote(db, notes[1]!.id)).toEqual(updated);
  });

  it('soft-deletes, hides, then restores a note unchanged', async () => {
    const { db, notes } = await seed();
    await deleteNote(db, notes[0]!.id, now + 1);
    expect((await listNotes(db)).map((n) => n.id)).not.toContain(notes[0]!.id);
    expect(await countNotes(db)).toBe(2);
    expect(await searchNotes(db, '征信')).toEqual([]);
    await expect(updateNote(db, notes[0]!.id, { agent: 'x' }, now + 2)).rejects.toMatchObject({ kind: 'not-found' });

    const restored = await restoreNote(db, notes[0]!.id, now + 3);
    expect(restored).toEqual({ ...notes[0], updatedAt: now + 3 });
    expect((await searchNotes(db, '征信')).map((n) => n.id)).toEqual([notes[0]!.id]);
  });

  it('purges only notes deleted before the given time', async () => {
    const { db, notes } = await seed();
    await deleteNote(db, notes[0]!.id, now - 40 * DAY);
    await deleteNote(db, notes[1]!.id, now);
    expect(await purgeDeleted(db, now - 30 * DAY)).toBe(1);
    expect(await getNote(db, notes[0]!.id)).toBeUndefined();
    expect(await getNote(db, notes[1]!.id)).toMatchObject({ deletedAt: now });
  });

  it('reports a full disk plainly and leaves the store as it was', async () => {
    const { db } = await seed();
    vi.spyOn(db.notes, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await createNote(db, { theySaid: 'one more' }, now).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await countNotes(db)).toBe(3);
  });

  it('writes nothing when a transaction fails half-way', async () => {
    const { db, notes } = await seed();
    vi.spyOn(db.notes, 'put').mockImplementationOnce(() => {
      throw new Error('disk went away');
    });
    await expect(updateNote(db, notes[2]!.id, { agent: 'x' }, now)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(await getNote(db, notes[2]!.id)).toEqual(notes[2]);
  });
});

describe('reading notes', () => {
  it('lists newest first, and by institution, tag, channel, dates and open promises', async () => {
    const { db, notes } = await seed();
    const ids = (list: { id: string }[]) => list.map((n) => n.id);
    expect(ids(await listNotes(db))).toEqual([notes[2]!.id, notes[1]!.id, notes[0]!.id]);
    expect(ids(await listNotes(db, { institution: '國泰世華' }))).toEqual([notes[1]!.id]);
    expect(ids(await listNotes(db, { tag: '信用卡' }))).toEqual([notes[0]!.id]);
    expect(ids(await listNotes(db, { channel: 'email' }))).toEqual([notes[2]!.id]);
    expect(ids(await listNotes(db, { from: now - 2.5 * DAY, to: now - 1.5 * DAY }))).toEqual([notes[1]!.id]);
    expect(ids(await listNotes(db, { openPromises: true }))).toEqual([notes[2]!.id]);
    expect(ids(await listNotes(db, { channel: 'sms', from: now - 10 * DAY }))).toEqual([notes[1]!.id]);
  });

  it('groups by day', async () => {
    const { db } = await seed();
    const days = await listNotesByDay(db);
    expect(days).toHaveLength(3);
    expect(days[0]!.start).toBeGreaterThan(days[1]!.start);
  });

  it('searches Simplified, Traditional and English, whichever script the query uses', async () => {
    const { db, notes } = await seed();
    const ids = async (q: string) => (await searchNotes(db, q)).map((n) => n.id);
    expect(await ids('还款')).toEqual([notes[1]!.id, notes[0]!.id]);
    expect(await ids('還款')).toEqual([notes[1]!.id, notes[0]!.id]);
    expect(await ids('账户')).toEqual([notes[1]!.id]);
    expect(await ids('徵信')).toEqual([notes[0]!.id]);
    expect(await ids('final notice')).toEqual([notes[2]!.id]);
    expect(await ids('ＮＯＲＴＨＷＩＮＤ')).toEqual([notes[2]!.id]);
    expect(await ids('payment plan')).toEqual([notes[2]!.id]);
    expect(await ids('还款 northwind')).toEqual([]);
    expect(await ids('逾期')).toEqual([notes[1]!.id]);
  });

  it('lists follow-ups and promises due within the horizon', async () => {
    const { db, notes } = await seed();
    const due = await listDue(db, now, 1.5 * DAY, 30 * DAY);
    expect(due.map((d) => [d.kind, d.note.id])).toEqual([['follow-up', notes[1]!.id]]);
    const week = await listDue(db, now, 7 * DAY, 30 * DAY);
    expect(await listDue(db, now + 3 * DAY, DAY, DAY / 2)).toEqual([]);
    expect(week.map((d) => d.kind)).toEqual(['follow-up', 'promise']);
  });

  it('lists institutions most recent first', async () => {
    const { db } = await seed();
    expect(await listInstitutions(db)).toEqual(['Northwind Recovery', '國泰世華', '招商银行']);
  });
});
