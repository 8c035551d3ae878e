/**
 * Every read and write of notes, in one place. Writes validate first and run in a
 * transaction, so a note is stored whole or not at all; deletes are soft and can
 * be undone until the note is purged.
 */
import { groupByDay, type DayGroup } from '../notes/days';
import { applyChange, noteFromDraft } from '../notes/draft';
import { dueSoon, type DueItem } from '../notes/due';
import { matchesFilter, type NoteFilter } from '../notes/filter';
import { institutionsByRecency } from '../notes/institutions';
import type { Note, NoteDraft } from '../notes/note';
import { matchesTerms, searchableText } from '../notes/search';
import { queryTerms } from '../notes/search-fold';
import { checkDraft } from '../notes/validate';
import type { CalmLineDatabase } from './database';
import { NoteStoreError, invalidNote, toStoreError } from './errors';

type Db = CalmLineDatabase;

const notFound = (id: string) => new NoteStoreError('not-found', `There is no note with id ${id}.`);

async function write<T>(db: Db, work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', db.notes, work);
  } catch (error) {
    throw toStoreError(error);
  }
}

function validDraft(input: unknown, now: number): NoteDraft {
  const check = checkDraft(input, now);
  if (!check.ok) throw invalidNote(check.problems);
  return check.draft;
}

/** Stores a new note from a draft (validated here); returns the stored note. */
export async function createNote(db: Db, input: unknown, now: number, id: string = crypto.randomUUID()): Promise<Note> {
  const note = noteFromDraft(validDraft(input, now), id, now);
  await write(db, () => db.notes.add(note));
  return note;
}

/** Changes the fields `change` names on a live note; returns the note as stored. */
export async function updateNote(db: Db, id: string, change: unknown, now: number): Promise<Note> {
  const valid = validDraft(change, now);
  return write(db, async () => {
    const note = await db.notes.get(id);
    if (!note || note.deletedAt !== null) throw notFound(id);
    const next = applyChange(note, valid, now);
    await db.notes.put(next);
    return next;
  });
}

async function setDeletedAt(db: Db, id: string, deletedAt: number | null, now: number): Promise<Note> {
  return write(db, async () => {
    const note = await db.notes.get(id);
    if (!note) throw notFound(id);
    const next = { ...note, deletedAt, updatedAt: now };
    await db.notes.put(next);
    return next;
  });
}

/** Hides a note from every list; `restoreNote` brings it back. */
export const deleteNote = (db: Db, id: string, now: number): Promise<Note> => setDeletedAt(db, id, now, now);

/** Undoes a delete. */
export const restoreNote = (db: Db, id: string, now: number): Promise<Note> => setDeletedAt(db, id, null, now);

/** Removes for good the notes deleted before `before`; returns how many. */
export async function purgeDeleted(db: Db, before: number): Promise<number> {
  return write(db, () => db.notes.where('deletedAt').below(before).delete());
}

/** One note, deleted or not, or undefined. */
export const getNote = (db: Db, id: string): Promise<Note | undefined> => db.notes.get(id);

/** How many notes are kept (deleted ones not counted). */
export async function countNotes(db: Db): Promise<number> {
  const [all, deleted] = await Promise.all([db.notes.count(), db.notes.where('deletedAt').above(0).count()]);
  return all - deleted;
}

/** The narrowest index for a filter, so a large store is not read whole. */
function candidates(db: Db, filter: NoteFilter) {
  if (filter.institution !== undefined) return db.notes.where('institution').equals(filter.institution);
  if (filter.tag !== undefined) return db.notes.where('tags').equals(filter.tag);
  if (filter.from !== undefined || filter.to !== undefined) {
    return db.notes.where('occurredAt').between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true);
  }
  if (filter.channel !== undefined) return db.notes.where('channel').equals(filter.channel);
  return db.notes.toCollection();
}

/** Live notes passing the filter (by institution, tag, channel, dates, open promises), newest first. */
export async function listNotes(db: Db, filter: NoteFilter = {}): Promise<Note[]> {
  const notes = await candidates(db, filter).toArray();
  return notes.filter((n) => matchesFilter(n, filter)).sort((a, b) => b.occurredAt - a.occurredAt);
}

/** The newest `limit` live notes, read without touching the rest: enough for a first screen. */
export async function recentNotes(db: Db, limit: number): Promise<Note[]> {
  return db.notes
    .orderBy('occurredAt')
    .reverse()
    .filter((n) => n.deletedAt === null)
    .limit(limit)
    .toArray();
}

/** Live notes passing the filter, grouped by local day, newest day first. */
export async function listNotesByDay(db: Db, filter: NoteFilter = {}): Promise<DayGroup[]> {
  return groupByDay(await listNotes(db, filter));
}

/** Live notes holding every word of `query` (any case, width or Chinese script), newest first. */
export async function searchNotes(db: Db, query: string, filter: NoteFilter = {}): Promise<Note[]> {
  const terms = queryTerms(query);
  const notes = await listNotes(db, filter);
  return terms.length ? notes.filter((n) => matchesTerms(searchableText(n), terms)) : notes;
}

/** Follow-ups and open promises due within `horizonMs`, or overdue by at most `lookbackMs`, soonest first. */
export async function listDue(db: Db, now: number, horizonMs: number, lookbackMs: number): Promise<DueItem[]> {
  return dueSoon(await listNotes(db), now, horizonMs, lookbackMs);
}

/** Institutions already written about, most recent first. */
export async function listInstitutions(db: Db): Promise<string[]> {
  return institutionsByRecency(await listNotes(db));
}
