/**
 * The database side of backups: reading notes page by page for export, writing an
 * import all or nothing, the backup reminder's facts, and deleting everything.
 *
 * Importing a note whose id is already stored: the stored note is kept, unless
 * the file's copy has a later `updatedAt` — then the file holds a newer edit of
 * the same note (for example a backup made on another computer) and replaces it.
 * So importing the same file twice adds nothing the second time, and an older
 * backup never overwrites newer edits.
 */
import { liveQuery } from 'dexie';
import type { Note } from '../notes/note';
import { EVERYTHING, inScope, type ExportScope } from '../records/export-scope';
import type { BackupState } from '../records/backup-reminder';
import type { CalmLineDatabase } from './database';

type Db = CalmLineDatabase;

/** Notes read per page: large enough to keep IndexedDB on its bulk path, small enough to bound memory. */
export const PAGE_SIZE = 2_000;

/** One page of notes from `lower` on, plus every note sharing the page's last time, in one short read. */
function readPage(db: Db, lower: number, includeLower: boolean, upper: number, pageSize: number) {
  // One transaction: the page and the notes tied with its last time come from the same state.
  return db.transaction('r', db.notes, async () => {
    const page = await db.notes.where('occurredAt').between(lower, upper, includeLower, true).limit(pageSize).toArray();
    const full = page.length === pageSize;
    if (!full) return { notes: page, full };
    // A full page may stop part-way through the notes sharing its last time: read all of those.
    const boundary = page[page.length - 1]!.occurredAt;
    const tied = await db.notes.where('occurredAt').equals(boundary).toArray();
    return { notes: [...page.filter((n) => n.occurredAt < boundary), ...tied], full };
  });
}

/**
 * The notes in scope, oldest first (then by id), one page at a time. Each page is
 * a short read of its own; a page never splits notes that share a time.
 */
export async function* readNotePages(db: Db, scope: ExportScope = EVERYTHING, pageSize = PAGE_SIZE): AsyncGenerator<Note[]> {
  let lower = scope.from ?? -Infinity;
  let includeLower = true;
  const upper = scope.until ?? Infinity;
  for (;;) {
    const { notes, full } = await readPage(db, lower, includeLower, upper, pageSize);
    const kept = notes.filter((n) => inScope(n, scope));
    if (kept.length) yield kept;
    if (!full || notes.length === 0) return;
    [lower, includeLower] = [notes[notes.length - 1]!.occurredAt, false];
  }
}

/** Every note in scope, oldest first. */
export async function readNotes(db: Db, scope: ExportScope): Promise<Note[]> {
  const all: Note[] = [];
  for await (const page of readNotePages(db, scope)) all.push(...page);
  return all;
}

export interface ImportCounts {
  added: number;
  updated: number;
  /** Already stored, same or newer: left as they are. */
  unchanged: number;
}

/** Which of `incoming` to write, given when each stored note with the same id was last changed. */
function plan(incoming: readonly Note[], stored: ReadonlyMap<string, number>): { writes: Note[]; counts: ImportCounts } {
  const writes: Note[] = [];
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const note of incoming) {
    const storedAt = stored.get(note.id);
    if (storedAt === undefined) counts.added++;
    else if (note.updatedAt > storedAt) counts.updated++;
    else {
      counts.unchanged++;
      continue;
    }
    writes.push(note);
  }
  return { writes, counts };
}

/** `updatedAt` of the stored notes among `notes`, by id. */
async function storedVersions(db: Db, notes: readonly Note[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  const count = await db.notes.count();
  // An empty store (a restore onto a new computer) needs no lookups.
  if (count === 0) return versions;
  if (notes.length * 4 < count) {
    // A few notes into a large store: look each one up.
    const found = await db.notes.bulkGet(notes.map((n) => n.id));
    for (const note of found) if (note) versions.set(note.id, note.updatedAt);
    return versions;
  }
  // Many notes: reading the store in bulk pages, by id, is far quicker than one lookup per note.
  const wanted = new Set(notes.map((n) => n.id));
  for (let after: string | null = null; ; ) {
    const page: Note[] = await (after === null ? db.notes.limit(PAGE_SIZE) : db.notes.where(':id').above(after).limit(PAGE_SIZE)).toArray();
    for (const note of page) if (wanted.has(note.id)) versions.set(note.id, note.updatedAt);
    if (page.length < PAGE_SIZE) return versions;
    after = page[page.length - 1]!.id;
  }
}

/** What importing `notes` would do, without writing anything. */
export async function previewImport(db: Db, notes: readonly Note[]): Promise<ImportCounts> {
  // One transaction: the count and the lookups see the same state.
  return db.transaction('r', db.notes, async () => plan(notes, await storedVersions(db, notes)).counts);
}

/**
 * Writes validated notes in one transaction: every note is written, or — if
 * anything fails — none is. `onProgress` hears how many of the writes are done.
 */
export async function applyImport(db: Db, notes: readonly Note[], onProgress?: (done: number, total: number) => void): Promise<ImportCounts> {
  return db.transaction('rw', db.notes, async () => {
    const { writes, counts } = plan(notes, await storedVersions(db, notes));
    for (let start = 0; start < writes.length; start += 10 * PAGE_SIZE) {
      await db.notes.bulkPut(writes.slice(start, start + 10 * PAGE_SIZE));
      onProgress?.(Math.min(start + 10 * PAGE_SIZE, writes.length), writes.length);
    }
    return counts;
  });
}

const LAST_EXPORT = 'lastExportAt';
const REMINDER_DISMISSED = 'backupReminderDismissedAt';

async function metaNumber(db: Db, key: string): Promise<number | null> {
  const value = (await db.meta.get(key))?.value;
  return typeof value === 'number' ? value : null;
}

/** The facts the backup reminder is decided on. */
export async function readBackupState(db: Db): Promise<BackupState> {
  const [all, deleted, lastExportAt, dismissedAt] = await Promise.all([
    db.notes.count(),
    db.notes.where('deletedAt').above(0).count(),
    metaNumber(db, LAST_EXPORT),
    metaNumber(db, REMINDER_DISMISSED),
  ]);
  return { noteCount: all - deleted, lastExportAt, dismissedAt };
}

/** Remembers that a backup was exported now. */
export async function recordExport(db: Db, now: number): Promise<void> {
  await db.meta.put({ key: LAST_EXPORT, value: now });
}

/** Quiets the backup reminder for a while (see backup-reminder.ts). */
export async function dismissBackupReminder(db: Db, now: number): Promise<void> {
  await db.meta.put({ key: REMINDER_DISMISSED, value: now });
}

export interface StoredCounts {
  /** Notes in the lists. */
  live: number;
  /** Notes in the bin, still restorable. */
  deleted: number;
}

/** How many notes are stored, split by whether they are in the bin. */
export async function countStored(db: Db): Promise<StoredCounts> {
  const [all, deleted] = await Promise.all([db.notes.count(), db.notes.where('deletedAt').above(0).count()]);
  return { live: all - deleted, deleted };
}

/** Every institution name written in any note, as stored (one per distinct spelling); reads the index only. */
export async function listInstitutionNames(db: Db): Promise<string[]> {
  return (await db.notes.orderBy('institution').uniqueKeys()) as string[];
}

export interface BackupFacts {
  state: BackupState;
  counts: StoredCounts;
  institutions: string[];
}

/**
 * Calls `onFacts` with the backup view's facts now and after every change to the
 * notes or the meta table, from any page; returns a stop function. Reads counts
 * and index keys only, never the notes themselves.
 */
export function watchBackupFacts(db: Db, onFacts: (facts: BackupFacts) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const [state, counts, institutions] = await Promise.all([readBackupState(db), countStored(db), listInstitutionNames(db)]);
    return { state, counts, institutions };
  }).subscribe({ next: onFacts, error: onError });
  return () => subscription.unsubscribe();
}

/** Removes every note (the bin too) and every stored fact about them, in one transaction. */
export async function deleteAllData(db: Db): Promise<void> {
  await db.transaction('rw', db.notes, db.meta, async () => {
    await db.notes.clear();
    await db.meta.clear();
  });
}
