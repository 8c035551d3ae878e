import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LABELS, CURRENCIES } from '../../../utils/analyzer/types';
import { createDatabase, type CalmLineDatabase } from '../../../utils/db/database';
import {
  applyImport,
  countStored,
  deleteAllData,
  dismissBackupReminder,
  previewImport,
  readBackupState,
  readNotePages,
  recordExport,
  watchBackupFacts,
  type BackupFacts,
} from '../../../utils/db/backup';
import { CHANNELS, DIRECTIONS, PROMISE_STATUSES, type Note } from '../../../utils/notes/note';
import { EVERYTHING } from '../../../utils/records/export-scope';
import { jsonExportChunks } from '../../../utils/records/json-export';
import { readImportFile } from '../../../utils/records/read-import';
import { makeNote } from '../records/fixtures';

const opened: CalmLineDatabase[] = [];
let dbCounter = 0;
function freshDb(): CalmLineDatabase {
  const db = createDatabase(`backup-test-${++dbCounter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const EXPORTED_AT = Date.UTC(2026, 3, 1);
async function exportText(db: CalmLineDatabase, pageSize?: number): Promise<string> {
  let text = '';
  for await (const chunk of jsonExportChunks(readNotePages(db, EVERYTHING, pageSize), EXPORTED_AT)) text += chunk;
  return text;
}

// Dates the schema allows, weighted toward the odd ones: its edges, leap days, DST changes, odd milliseconds.
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
const time = fc.oneof(
  fc.integer({ min: EARLIEST, max: LATEST }),
  fc.constantFrom(EARLIEST, LATEST, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2026, 2, 8, 7, 0), Date.UTC(1999, 11, 31, 23, 59, 59, 999)),
);
const cjk = fc.constantFrom('请于今天18点前还款', '我們會聯絡你的家人', '逾期 3.5万元', '分期还款？', '🙏😟💸', '👨‍👩‍👧', 'ｆｕｌｌ－ｗｉｄｔｈ');
// Limits count UTF-16 units; cutting at the limit may split a surrogate pair, itself a case worth keeping.
const text = (max: number) =>
  fc
    .oneof(fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: max }), fc.array(cjk, { maxLength: 20 }).map((parts) => parts.join(' ')))
    .map((s) => s.slice(0, max));
const longText = fc.oneof(text(2_000), fc.constantFrom('长'.repeat(20_000), '🙂'.repeat(10_000), 'a\n'.repeat(10_000)));
const promise = fc.record({
  id: fc.uuid(),
  by: fc.constantFrom('me' as const, 'them' as const),
  what: text(200),
  dueAt: fc.option(time, { nil: null }),
  status: fc.constantFrom(...PROMISE_STATUSES),
});
const noteArbitrary: fc.Arbitrary<Note> = fc.record({
  id: fc.uuid(),
  occurredAt: time,
  channel: fc.constantFrom(...CHANNELS),
  direction: fc.constantFrom(...DIRECTIONS),
  institution: text(200),
  agent: text(60),
  theySaid: longText,
  iSaid: text(500),
  promises: fc.array(promise, { maxLength: 4 }),
  amount: fc.option(fc.record({ value: fc.double({ min: 0, max: 1e12, noNaN: true }), currency: fc.option(fc.constantFrom(...CURRENCIES), { nil: null }) }), { nil: null }),
  followUpAt: fc.option(time, { nil: null }),
  tags: fc.array(text(60), { maxLength: 5 }),
  source: fc.option(fc.record({ url: text(300), title: text(100) }), { nil: null }),
  signals: fc.uniqueArray(fc.constantFrom(...LABELS), { maxLength: 5 }),
  createdAt: time,
  updatedAt: time,
  deletedAt: fc.option(time, { nil: null }),
});

describe('backup: export and import', () => {
  it('export → import into an empty database → export gives identical data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(noteArbitrary, { selector: (n) => n.id, maxLength: 25 }), fc.integer({ min: 1, max: 7 }), async (notes, pageSize) => {
        const source = freshDb();
        await source.notes.bulkAdd(notes);
        const first = await exportText(source, pageSize);
        const reading = readImportFile(first);
        expect(reading.ok).toBe(true);
        if (!reading.ok) return;
        const target = freshDb();
        expect(await applyImport(target, reading.notes)).toEqual({ added: notes.length, updated: 0, unchanged: 0 });
        expect(await exportText(target)).toBe(first);
        expect(await target.notes.toArray()).toEqual(expect.arrayContaining(notes));
        await Promise.all([source.delete(), target.delete()]);
      }),
      { numRuns: 40 },
    );
  });

  it('reads pages oldest first without splitting or repeating notes that share a time', async () => {
    const db = freshDb();
    const t = Date.UTC(2026, 2, 1);
    const notes = [0, 0, 0, 0, 1, 2, 2, 2, 3].map((offset) => makeNote({ occurredAt: t + offset }));
    await db.notes.bulkAdd([...notes].reverse());
    const pages: Note[][] = [];
    for await (const page of readNotePages(db, EVERYTHING, 2)) pages.push(page);
    expect(pages.flat().map((n) => n.id)).toEqual(notes.map((n) => n.id));
    expect(pages[0]!.map((n) => n.occurredAt)).toEqual([t, t, t, t]);
  });

  it('reads only the notes in scope', async () => {
    const db = freshDb();
    const t = Date.UTC(2026, 2, 1);
    const notes = [
      makeNote({ occurredAt: t, institution: 'Acme' }),
      makeNote({ occurredAt: t + 10, institution: 'ACME ' }),
      makeNote({ occurredAt: t + 20, institution: 'Beta' }),
      makeNote({ occurredAt: t + 30, institution: 'Acme', deletedAt: t + 40 }),
      makeNote({ occurredAt: t + 50, institution: 'Acme' }),
    ];
    await db.notes.bulkAdd(notes);
    const scope = { institution: 'acme', from: t + 5, until: t + 40, includeDeleted: false };
    const pages: Note[][] = [];
    for await (const page of readNotePages(db, scope, 2)) pages.push(page);
    expect(pages.flat().map((n) => n.id)).toEqual([notes[1]!.id]);
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const db = freshDb();
    const notes = [makeNote(), makeNote(), makeNote()];
    expect(await applyImport(db, notes)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await previewImport(db, notes)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await applyImport(db, notes)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await db.notes.count()).toBe(3);
  });

  it('replaces a stored note only with a newer edit of it, never with an older one', async () => {
    const db = freshDb();
    const stored = makeNote({ theySaid: 'stored', updatedAt: Date.UTC(2026, 2, 5) });
    const other = makeNote({ theySaid: 'other', updatedAt: Date.UTC(2026, 2, 5) });
    await db.notes.bulkAdd([stored, other]);
    const newer = { ...stored, theySaid: 'edited later', updatedAt: Date.UTC(2026, 2, 6) };
    const older = { ...other, theySaid: 'an old copy', updatedAt: Date.UTC(2026, 2, 4) };
    const fresh = makeNote();
    expect(await previewImport(db, [newer, older, fresh])).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(await applyImport(db, [newer, older, fresh])).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await db.notes.get(stored.id))!.theySaid).toBe('edited later');
    expect((await db.notes.get(other.id))!.theySaid).toBe('other');
  });

  it('finds stored copies both ways: looking a few notes up, or reading a large import\'s store page by page', async () => {
    const db = freshDb();
    const stored = Array.from({ length: 4_100 }, () => makeNote());
    await db.notes.bulkAdd(stored);
    const newer = (note: Note) => ({ ...note, updatedAt: note.updatedAt + 1 });
    // 2 notes into 4 100: one lookup each.
    expect(await previewImport(db, [newer(stored[5]!), makeNote()])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    // All of them, across three pages of the store.
    const all = stored.map((n, i) => (i === 0 || i === 2_500 || i === 4_099 ? newer(n) : n));
    expect(await applyImport(db, [...all, makeNote()])).toEqual({ added: 1, updated: 3, unchanged: 4_097 });
    expect((await db.notes.get(stored[2_500]!.id))!.updatedAt).toBe(stored[2_500]!.updatedAt + 1);
  });

  it('writes all or nothing: a failure part-way leaves the stored notes exactly as they were', async () => {
    const db = freshDb();
    const kept = makeNote({ theySaid: 'kept' });
    await db.notes.add(kept);
    const incoming = Array.from({ length: 50 }, () => makeNote());
    const doomed = incoming[37]!.id;
    db.notes.hook('creating', (_key, note) => {
      if (note.id === doomed) throw new Error('disk trouble');
    });
    await expect(applyImport(db, [{ ...kept, theySaid: 'changed', updatedAt: kept.updatedAt + 1 }, ...incoming])).rejects.toThrow();
    expect(await db.notes.toArray()).toEqual([kept]);
  });
});

describe('backup: reminder facts and deleting everything', () => {
  it('counts live notes and remembers exports and dismissals', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([makeNote(), makeNote(), makeNote({ deletedAt: Date.UTC(2026, 2, 9) })]);
    expect(await readBackupState(db)).toEqual({ noteCount: 2, lastExportAt: null, dismissedAt: null });
    await recordExport(db, 111);
    await dismissBackupReminder(db, 222);
    expect(await readBackupState(db)).toEqual({ noteCount: 2, lastExportAt: 111, dismissedAt: 222 });
    expect(await countStored(db)).toEqual({ live: 2, deleted: 1 });
  });

  it('deletes every note, the bin and the stored facts', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([makeNote(), makeNote({ deletedAt: Date.UTC(2026, 2, 9) })]);
    await recordExport(db, 111);
    await deleteAllData(db);
    expect(await db.notes.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });

  it('watches counts, the reminder facts and institution names, following every change', async () => {
    const db = freshDb();
    const seen: BackupFacts[] = [];
    const stop = watchBackupFacts(db, (facts) => seen.push(facts), (error) => {
      throw error;
    });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ state: { noteCount: 0, lastExportAt: null, dismissedAt: null }, counts: { live: 0, deleted: 0 }, institutions: [] });
    await db.notes.bulkAdd([makeNote({ institution: 'Beta' }), makeNote({ institution: 'Acme' }), makeNote({ institution: 'Acme' })]);
    await expect.poll(() => seen[seen.length - 1]?.counts.live).toBe(3);
    expect(seen[seen.length - 1]!.institutions).toEqual(['Acme', 'Beta']);
    await recordExport(db, 5);
    await expect.poll(() => seen[seen.length - 1]?.state.lastExportAt).toBe(5);
    stop();
  });
});
